package no.ledsagerbevis.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.ledsagerbevis.errors.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KommunenummerTest {

  @Test
  void acceptsFourDigits() {
    assertThat(Kommunenummer.parse("0301")).isEqualTo("0301");
  }

  @ParameterizedTest
  @ValueSource(strings = {"301", "03010", "03a1", "kommune0301"})
  void rejectsAnythingButFourDigits(String input) {
    assertThatThrownBy(() -> Kommunenummer.parse(input))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Kommunenummer må bestå av nøyaktig 4 siffer.");
  }

  @Test
  void rejectsAMissingValue() {
    assertThatThrownBy(() -> Kommunenummer.parse(null)).hasMessage("Kommunenummer må fylles ut.");
  }
}
