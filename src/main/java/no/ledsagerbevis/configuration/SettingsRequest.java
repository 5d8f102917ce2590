package no.ledsagerbevis.configuration;

import java.util.List;

/**
 * Body of {@code PUT /api/v1/kommuner/{kommunenummer}}: all settings at once (K11). Values are read as
 * text so that every broken rule gets a Norwegian field error instead of a parse failure.
 */
public record SettingsRequest(
    String svarUtKontoId,
    PostAdresseRequest postAdresse,
    String telefon,
    List<String> kontaktpersoner,
    String utsendingBrev,
    String spraak) {

  public record PostAdresseRequest(String postadressenavn, String postnummer, String poststed) {
  }
}
