package no.ledsagerbevis.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.ledsagerbevis.errors.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostnummerTest {

  @Test
  void acceptsFourDigitsAndTrimsThem() {
    assertThat(Postnummer.parse("postnummer", " 0101 ")).isEqualTo("0101");
  }

  @ParameterizedTest
  @ValueSource(strings = {"101", "01010", "01a1", "01 01"})
  void rejectsAnythingButFourDigits(String input) {
    assertThatThrownBy(() -> Postnummer.parse("postAdresse.postnummer", input))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Postnummer må bestå av nøyaktig 4 siffer.")
        .satisfies(e -> assertThat(((InvalidInputException) e).errors().get(0).felt())
            .isEqualTo("postAdresse.postnummer"));
  }

  @Test
  void rejectsAMissingValue() {
    assertThatThrownBy(() -> Postnummer.parse("postnummer", null)).hasMessage("Postnummer må fylles ut.");
    assertThatThrownBy(() -> Postnummer.parse("postnummer", " ")).hasMessage("Postnummer må fylles ut.");
  }
}
