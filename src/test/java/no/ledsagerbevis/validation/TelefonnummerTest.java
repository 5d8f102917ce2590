package no.ledsagerbevis.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.ledsagerbevis.errors.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TelefonnummerTest {

  @Test
  void acceptsEightDigits() {
    assertThat(Telefonnummer.parse("telefon", "21800000")).isEqualTo("21800000");
  }

  @Test
  void removesTheSpacesPeopleTypeBetweenDigitGroups() {
    assertThat(Telefonnummer.parse("telefon", "218 000 00")).isEqualTo("21800000");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2180000", "218000000", "+4721800000", "2180000a", "21-80-00-00"})
  void rejectsAnythingButEightDigits(String input) {
    assertThatThrownBy(() -> Telefonnummer.parse("telefon", input))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Telefonnummer må bestå av nøyaktig 8 siffer.");
  }

  @Test
  void rejectsAMissingValue() {
    assertThatThrownBy(() -> Telefonnummer.parse("telefon", "")).hasMessage("Telefonnummer må fylles ut.");
  }
}
