package no.ledsagerbevis.configuration;

import java.util.Collection;
import java.util.List;
import no.ledsagerbevis.errors.FieldErrors;
import no.ledsagerbevis.fiks.FiksOrgId;
import no.ledsagerbevis.validation.Telefonnummer;
import org.springframework.stereotype.Service;

/**
 * "Første gangs oppsett" (K7-K9): checks the administrator's choices and saves the SvarUt account, the
 * postal address and the phone number. Settings entered later (contact persons, letter sending,
 * language) are kept when the process runs again; a new municipality starts with SENDE_BREV and BOKMAAL.
 */
@Service
class FirstSetupService {

  /** What the form submitted, unchecked. */
  record Input(String svarUtKontoId, String postadressenavn, String postnummer, String poststed, String telefon,
      Object godtarOpprettelse) {
  }

  private final SettingsWriter writer;

  FirstSetupService(SettingsWriter writer) {
    this.writer = writer;
  }

  /** Checks and saves; {@code lastedeKontoer} are the accounts the form offered. */
  MunicipalitySettings complete(String kommunenummer, FiksOrgId fiksOrgId, Input input,
      Collection<String> lastedeKontoer, String endretAv) {
    MunicipalitySettings next = check(kommunenummer, input, lastedeKontoer);
    writer.save(fiksOrgId, next, endretAv, ChangeSource.PROSESS);
    return next;
  }

  /** The settings the input makes; throws {@code InvalidInputException} with every broken rule, writes nothing. */
  MunicipalitySettings check(String kommunenummer, Input input, Collection<String> lastedeKontoer) {
    FieldErrors errors = new FieldErrors();
    String kontoId = SettingsRules.svarUtKonto(errors, ConfigurationProcess.SVARUT_KONTO_ID, input.svarUtKontoId(), lastedeKontoer);
    PostAdresse adresse = SettingsRules.postAdresse(errors, "", input.postadressenavn(), input.postnummer(),
        input.poststed());
    String telefon = errors.check(() -> Telefonnummer.parse(ConfigurationProcess.TELEFON, input.telefon()));
    if (!isTrue(input.godtarOpprettelse())) {
      errors.add(ConfigurationProcess.GODTAR_OPPRETTELSE, "Du må godta at det opprettes en registerrolle, en dokumentlagerkonto "
          + "og en meldingskonto for kommunen før du kan fullføre oppsettet.");
    }
    errors.throwIfAny();

    MunicipalitySettings earlier = writer.current(kommunenummer).map(SettingsRepository.Stored::settings).orElse(null);
    MunicipalitySettings next = new MunicipalitySettings(kommunenummer, kontoId, adresse, telefon,
        earlier == null ? List.of() : earlier.kontaktpersoner(),
        earlier == null ? UtsendingBrev.SENDE_BREV : earlier.utsendingBrev(),
        earlier == null ? Spraak.BOKMAAL : earlier.spraak(),
        null, null, null);
    return next;
  }

  private static boolean isTrue(Object value) {
    return Boolean.TRUE.equals(value) || "true".equals(value);
  }
}
