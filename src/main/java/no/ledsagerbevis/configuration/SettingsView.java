package no.ledsagerbevis.configuration;

import java.util.List;

/** Answer of {@code GET}/{@code PUT /api/v1/kommuner/{kommunenummer}}. */
public record SettingsView(
    String kommunenummer,
    String svarUtKontoId,
    PostAdresse postAdresse,
    String telefon,
    List<String> kontaktpersoner,
    UtsendingBrev utsendingBrev,
    Spraak spraak) {

  static SettingsView of(MunicipalitySettings s) {
    return new SettingsView(s.kommunenummer(), s.svarUtKontoId(), s.postAdresse(), s.telefon(), s.kontaktpersoner(),
        s.utsendingBrev(), s.spraak());
  }
}
