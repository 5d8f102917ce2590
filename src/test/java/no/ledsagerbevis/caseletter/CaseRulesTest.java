package no.ledsagerbevis.caseletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.ledsagerbevis.errors.InvalidInputException;
import org.junit.jupiter.api.Test;

class CaseRulesTest {

  @Test
  void acceptsMobileNumbersStartingWithFourOrNine() {
    assertThat(CaseRules.telefonnummer("t", " 41234567 ")).isEqualTo("41234567");
    assertThat(CaseRules.telefonnummer("t", "99999999")).isEqualTo("99999999");
  }

  @Test
  void rejectsLandlinesAndWrongLengths() {
    assertThatThrownBy(() -> CaseRules.telefonnummer("t", "22334455")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> CaseRules.telefonnummer("t", "9123456")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> CaseRules.telefonnummer("t", "+4791234567")).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void acceptsOneOrTwoCompanionsAsAnyIntegralType() {
    assertThat(CaseRules.antallLedsagere("a", 1)).isEqualTo(1);
    assertThat(CaseRules.antallLedsagere("a", 2L)).isEqualTo(2);
    assertThat(CaseRules.antallLedsagere("a", 2.0d)).isEqualTo(2);
    assertThat(CaseRules.antallLedsagere("a", "1")).isEqualTo(1);
  }

  @Test
  void rejectsZeroThreeFractionsAndText() {
    for (Object value : new Object[] {0, 3, 1.5d, "to", null, ""}) {
      assertThatThrownBy(() -> CaseRules.antallLedsagere("a", value)).isInstanceOf(InvalidInputException.class);
    }
  }

  @Test
  void defaultsExpiryToTwoYearsAheadAndRejectsTodayAndThePast() {
    assertThat(CaseRules.utlopsdato("u", null)).isEqualTo(CaseRules.today().plusYears(2));
    assertThat(CaseRules.utlopsdato("u", " ")).isEqualTo(CaseRules.today().plusYears(2));
    assertThat(CaseRules.utlopsdato("u", CaseRules.today().plusDays(1).toString()))
        .isEqualTo(CaseRules.today().plusDays(1));
    assertThatThrownBy(() -> CaseRules.utlopsdato("u", CaseRules.today().toString()))
        .hasMessage("Utløpsdato må være en dato fram i tid.");
    assertThatThrownBy(() -> CaseRules.utlopsdato("u", "24.11.2030"))
        .hasMessage("Utløpsdato må være en dato på formen ÅÅÅÅ-MM-DD.");
  }

  @Test
  void referenceNumberIsOptionalAndAtMostFortyCharacters() {
    assertThat(CaseRules.referansenummer("r", "  ")).isNull();
    assertThat(CaseRules.referansenummer("r", "x".repeat(40))).hasSize(40);
    assertThatThrownBy(() -> CaseRules.referansenummer("r", "x".repeat(41))).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void referenceNumberIsTextWithoutMarkup() {
    assertThat(CaseRules.referansenummer("r", "2026/123-A")).isEqualTo("2026/123-A");
    assertThatThrownBy(() -> CaseRules.referansenummer("r", "<b>1</b>")).hasMessageContaining("< eller >");
    assertThatThrownBy(() -> CaseRules.referansenummer("r", "A\u0000B")).hasMessageContaining("kontrolltegn");
  }
}
