package no.ledsagerbevis.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.ledsagerbevis.errors.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FodselsnummerTest {

  @ParameterizedTest
  @ValueSource(strings = {"15838500002", "15838500193", "15838500274"})
  void acceptsSyntheticNumbersWithValidControlDigits(String fnr) {
    assertThat(Fodselsnummer.parse(fnr).value()).isEqualTo(fnr);
  }

  @Test
  void rejectsAWrongControlDigit() {
    assertThatThrownBy(() -> Fodselsnummer.parse("15838500003"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("kontrollsifrene");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1583850000", "158385000021", "1583850000a", " "})
  void rejectsAnythingButElevenDigits(String input) {
    assertThatThrownBy(() -> Fodselsnummer.parse(input)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void namesTheFieldInTheError() {
    assertThatThrownBy(() -> Fodselsnummer.parse("eier.fnr", "123"))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.errors()).singleElement().satisfies(err -> assertThat(err.felt()).isEqualTo("eier.fnr")));
  }

  @Test
  void neverShowsTheWholeNumberInToString() {
    assertThat(Fodselsnummer.parse("15838500002").toString()).isEqualTo("158385*****").doesNotContain("00002");
  }
}
