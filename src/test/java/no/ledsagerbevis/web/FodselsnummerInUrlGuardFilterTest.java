package no.ledsagerbevis.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class FodselsnummerInUrlGuardFilterTest {

  @Test
  void findsElevenDigitsInAnyParameterAlsoEncodedOrWrittenSixPlusFive() {
    for (String query : new String[] {"fnr=15838500002", "q=x15838500002y", "a=1&b=158385%2000002", "s=158385-00002",
        "15838500002", "x=158385.00002"}) {
      assertThat(FodselsnummerInUrlGuardFilter.holdsFodselsnummer(query)).as(query).isTrue();
    }
  }

  @Test
  void findsAFodselsnummerAsAPathSegmentOrPathParameter() throws Exception {
    for (String path : new String[] {"/api/v1/kommuner/0301/grupper/g/saker/15838500002",
        "/api/v1/kommuner/0301/grupper/g/saker;fnr=15838500002", "/api/v1/x/158385%2D00002/bilde",
        "/api/v1/kommuner/0301/grupper/g/saker;jsessionid=1;fnr=158385.00002"}) {
      MockHttpServletResponse response = new MockHttpServletResponse();
      MockFilterChain chain = new MockFilterChain();
      new FodselsnummerInUrlGuardFilter().doFilter(new MockHttpServletRequest("GET", path), response, chain);
      assertThat(response.getStatus()).as(path).isEqualTo(400);
      assertThat(chain.getRequest()).as(path).isNull();
      assertThat(response.getContentAsString()).doesNotContain("15838500002", "00002");
    }
  }

  @Test
  void letsCaseIdsAndOrdinaryPathsThrough() {
    for (String path : new String[] {"/api/v1/kommuner/0301/grupper/0301-avdeling-1/saker",
        "/api/v1/kommuner/0301/grupper/g/saker/686fd2ff-3691-4dcc-abfc-15838500002a/bilde",
        "/api/v1/kommuner/0301/grupper/g/saker/5c1035b1-38e9-4f07-8d12-123456789012"}) {
      assertThat(FodselsnummerInUrlGuardFilter.pathHoldsFodselsnummer(path)).as(path).isFalse();
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
