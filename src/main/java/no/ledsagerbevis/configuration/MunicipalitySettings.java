package no.ledsagerbevis.configuration;

import java.util.List;

/**
 * The settings of one municipality (K7-K12), as saved by the configuration process and changed
 * through {@code PUT /api/v1/kommuner/{kommunenummer}}. The resource ids are those Fiks gave when the
 * process created (or reused) the register role, the dokumentlager account and the varsling account;
 * they are null until created.
 */
public record MunicipalitySettings(
    String kommunenummer,
    String svarUtKontoId,
    PostAdresse postAdresse,
    String telefon,
    List<String> kontaktpersoner,
    UtsendingBrev utsendingBrev,
    Spraak spraak,
    String registerRolleId,
    String dokumentlagerKontoId,
    String varslingKontoId) {

  public MunicipalitySettings {
    kontaktpersoner = kontaktpersoner == null ? List.of() : List.copyOf(kontaktpersoner);
  }
}
