package no.ledsagerbevis.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SettingsDiffTest {

  private static final MunicipalitySettings BEFORE = settings("konto-1", "21800000",
      List.of("a@kommune.no", "b@kommune.no"), UtsendingBrev.SENDE_BREV);

  @Test
  void listsEveryFieldOfANewMunicipalityWithoutOldValues() {
    assertThat(SettingsDiff.between(null, BEFORE))
        .extracting(SettingsDiff.Change::felt)
        .containsExactly("svarUtKontoId", "postAdresse.postadressenavn", "postAdresse.postnummer",
            "postAdresse.poststed", "telefon", "kontaktpersoner", "utsendingBrev", "spraak");
    assertThat(SettingsDiff.between(null, BEFORE)).allMatch(change -> change.gammel() == null);
  }

  @Test
  void listsNothingWhenNothingChanged() {
    assertThat(SettingsDiff.between(BEFORE, BEFORE)).isEmpty();
  }

  @Test
  void givesOldAndNewValueOfAChangedField() {
    MunicipalitySettings after = settings("konto-1", "22000000", BEFORE.kontaktpersoner(), UtsendingBrev.IKKE_SENDE_BREV);
    assertThat(SettingsDiff.between(BEFORE, after)).containsExactly(
        new SettingsDiff.Change("telefon", "21800000", "22000000"),
        new SettingsDiff.Change("utsendingBrev", "SENDE_BREV", "IKKE_SENDE_BREV"));
  }

  @Test
  void recordsContactPersonsAsCountsNeverAsAddresses() {
    MunicipalitySettings after = settings("konto-1", "21800000", List.of("b@kommune.no", "c@kommune.no",
        "d@kommune.no"), UtsendingBrev.SENDE_BREV);
    assertThat(SettingsDiff.between(BEFORE, after)).containsExactly(
        new SettingsDiff.Change("kontaktpersoner", "2 e-postadresser", "3 e-postadresser (2 lagt til, 1 fjernet)"));
  }

  private static MunicipalitySettings settings(String konto, String telefon, List<String> kontaktpersoner,
      UtsendingBrev utsendingBrev) {
    return new MunicipalitySettings("0301", konto, new PostAdresse("Postboks 1", "0101", "Oslo"), telefon,
        kontaktpersoner, utsendingBrev, Spraak.BOKMAAL, null, null, null);
  }
}
