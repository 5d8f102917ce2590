package no.ledsagerbevis.letters;

import static no.ledsagerbevis.letters.Letters.ADRESSE;
import static no.ledsagerbevis.letters.Letters.FOOTER;
import static no.ledsagerbevis.letters.Letters.MASKED_FNR;
import static no.ledsagerbevis.letters.Letters.SAKS_ID;
import static no.ledsagerbevis.letters.Letters.UTLOPSDATO;
import static no.ledsagerbevis.letters.Letters.VEDTAKSDATO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionLetterTest {

  private static DecisionLetter letter(Vedtak vedtak, String maskertFnr, int antall, LocalDate utlopsdato,
      String begrunnelse) {
    return new DecisionLetter(Spraak.BOKMAAL, vedtak, "Oslo kommune", SAKS_ID, null, "Ola Nordmann", ADRESSE,
        maskertFnr, VEDTAKSDATO, antall, utlopsdato, begrunnelse, "Kari", FOOTER);
  }

  @Test
  void refusesARefusalWithoutReasons() {
    assertThatThrownBy(() -> letter(Vedtak.AVSLAATT, MASKED_FNR, 0, null, " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("begrunnelse");
  }

  @Test
  void refusesAnApprovalWithoutExpiryDate() {
    assertThatThrownBy(() -> letter(Vedtak.INNVILGET, MASKED_FNR, 1, null, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("utlopsdato");
  }

  @Test
  void refusesAnApprovalForThreeCompanions() {
    assertThatThrownBy(() -> letter(Vedtak.INNVILGET, MASKED_FNR, 3, UTLOPSDATO, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("antallLedsagere");
  }

  @Test
  void refusesAnExpiryBeforeTheDecision() {
    assertThatThrownBy(() -> letter(Vedtak.INNVILGET, MASKED_FNR, 1, VEDTAKSDATO.minusDays(1), null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("utlopsdato");
  }

  @Test
  void refusesTheFullFodselsnummerInPlaceOfTheMaskedOne() {
    assertThatThrownBy(() -> letter(Vedtak.AVSLAATT, Letters.FNR, 0, null, "Grunn"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maskertFnr")
        .hasMessageNotContaining(Letters.FNR);
  }

  @Test
  void refusesALetterWithoutFooter() {
    assertThatThrownBy(() -> new DecisionLetter(Spraak.BOKMAAL, Vedtak.AVSLAATT, "Oslo kommune", SAKS_ID, null,
        "Ola", ADRESSE, MASKED_FNR, VEDTAKSDATO, 0, null, "Grunn", "Kari", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("footer");
  }

  @Test
  void refusesAFooterWithoutPhone() {
    assertThatThrownBy(() -> new Footer("Postboks 1", "0037", "Oslo", ""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("telefon");
  }

  @Test
  void dropsBlankAddressLinesAndTreatsNoAddressAsProtected() {
    DecisionLetter blanks = Letters.withAddress(Letters.refusal(Spraak.BOKMAAL), "Ola", Arrays.asList("", null, " "));
    DecisionLetter none = Letters.withAddress(Letters.refusal(Spraak.BOKMAAL), "Ola", null);

    assertThat(blanks.mottakerAdresse()).isEmpty();
    assertThat(blanks.adresseBeskyttet()).isTrue();
    assertThat(none.mottakerAdresse()).isEqualTo(List.of());
  }
}
