package no.ledsagerbevis.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import no.ledsagerbevis.errors.FieldErrors;
import no.ledsagerbevis.errors.InvalidInputException;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class SettingsRulesTest {

  @Test
  void thePostalAddressIsTextWithoutMarkupOrControlCharacters() {
    FieldErrors errors = new FieldErrors();
    assertThat(SettingsRules.postAdresse(errors, "", "Postboks 6355 Etterstad", "0604", "Oslo"))
        .isEqualTo(new PostAdresse("Postboks 6355 Etterstad", "0604", "Oslo"));
    errors.throwIfAny();

    FieldErrors broken = new FieldErrors();
    assertThat(SettingsRules.postAdresse(broken, "", "<a href=//x>Rådhuset</a>", "0037", "Os\tlo")).isNull();
    Assertions.assertThatThrownBy(broken::throwIfAny).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Postadresse kan ikke inneholde kontrolltegn, < eller >.")
        .hasMessageContaining("Poststed kan ikke inneholde kontrolltegn, < eller >.");
  }
}
