package no.ledsagerbevis.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.ledsagerbevis.errors.InvalidInputException;
import org.junit.jupiter.api.Test;

class AccessInputTest {

  @Test
  void acceptsLowerCaseUserNamesWithDotsAndDashes() {
    assertThat(AccessInput.brukernavn("ina.hansen-2")).isEqualTo("ina.hansen-2");
  }

  @Test
  void rejectsUserNamesWithCapitalsSpacesOrMarkup() {
    for (String bad : new String[] {"Ina", "ina hansen", "<ina>", "a", "-ina", "", null}) {
      assertThatThrownBy(() -> AccessInput.brukernavn(bad)).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("Brukernavn");
    }
  }

  @Test
  void passwordMustBeGivenAndAtMost128Characters() {
    assertThat(AccessInput.passord("Sikkert-passord-2026")).isEqualTo("Sikkert-passord-2026");
    assertThatThrownBy(() -> AccessInput.passord(null)).hasMessageContaining("fylles ut");
    assertThatThrownBy(() -> AccessInput.passord("Aa1-".repeat(33))).hasMessageContaining("høyst 128");
  }

  @Test
  void groupNameHasTwoToTwoHundredCharacters() {
    assertThat(AccessInput.gruppenavn("  Avdeling   1 ")).isEqualTo("Avdeling 1");
    assertThatThrownBy(() -> AccessInput.gruppenavn("A")).hasMessageContaining("2–200");
    assertThatThrownBy(() -> AccessInput.gruppenavn("x".repeat(201))).hasMessageContaining("2–200");
    assertThatThrownBy(() -> AccessInput.gruppenavn("--")).hasMessageContaining("bokstav");
  }

  @Test
  void groupNameCannotTakeTheAdministratorGroupsId() {
    assertThatThrownBy(() -> AccessInput.gruppenavn("Administratorer")).hasMessageContaining("reservert");
  }

  @Test
  void namesMustBeGivenAndPlain() {
    assertThat(AccessInput.navn(" Pål  Ås ")).isEqualTo("Pål Ås");
    assertThatThrownBy(() -> AccessInput.navn(" ")).hasMessageContaining("fylles ut");
    assertThatThrownBy(() -> AccessInput.navn("<script>")).hasMessageContaining("<");
  }
}
