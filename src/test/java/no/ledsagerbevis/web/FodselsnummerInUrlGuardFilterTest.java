package no.ledsagerbevis.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FodselsnummerInUrlGuardFilterTest {

  @Test
  void findsElevenDigitsInAnyParameterAlsoEncodedOrWrittenSixPlusFive() {
    for (String query : new String[] {"fnr=15838500002", "q=x15838500002y", "a=1&b=158385%2000002", "s=158385-00002",
        "15838500002", "x=158385.00002"}) {
      assertThat(FodselsnummerInUrlGuardFilter.holdsFodselsnummer(query)).as(query).isTrue();
    }
  }

  @Test
  void letsOrdinaryQueriesThrough() {
    for (String query : new String[] {null, "", "status=AKTIV&side=0", "side=1234567890", "id=123456789012",
        "firstResult=0&maxResults=2000"}) {
      assertThat(FodselsnummerInUrlGuardFilter.holdsFodselsnummer(query)).as(query).isFalse();
    }
  }
}
