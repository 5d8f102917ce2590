package no.ledsagerbevis.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.ledsagerbevis.errors.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EpostadresseTest {

  @ParameterizedTest
  @ValueSource(strings = {"drift@oslo.kommune.no", "ola.nordmann+ledsager@bergen.kommune.no", "it_sjef@kommune.example.no"})
  void acceptsOrdinaryWorkAddresses(String input) {
    assertThat(Epostadresse.isValid(input)).isTrue();
  }

  @Test
  void storesTheAddressTrimmedInLowerCase() {
    assertThat(Epostadresse.parse("epost", "  Drift@Oslo.Kommune.NO ")).isEqualTo("drift@oslo.kommune.no");
  }

  @ParameterizedTest
  @ValueSource(strings = {"drift", "drift@", "@oslo.kommune.no", "drift@oslo", "drift oslo@kommune.no",
      "Ola <ola@kommune.no>", "drift@@kommune.no", "drift..x@kommune.no", ".drift@kommune.no", "drift.@kommune.no",
      "drift@-kommune.no"})
  void rejectsWhatIsNotAPlainAddress(String input) {
    assertThatThrownBy(() -> Epostadresse.parse("epost", input))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("E-postadressen er ikke gyldig")
        .hasMessageNotContaining(input);
  }

  @Test
  void rejectsAnAddressLongerThanTheStandardAllows() {
    String longAddress = "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(63) + ".no";
    assertThat(longAddress.length()).isGreaterThan(254);
    assertThat(Epostadresse.isValid(longAddress)).isFalse();
  }

  @Test
  void rejectsAMissingValue() {
    assertThatThrownBy(() -> Epostadresse.parse("epost", null)).hasMessage("E-postadresse må fylles ut.");
  }
}
