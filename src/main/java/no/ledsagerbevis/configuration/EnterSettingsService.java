package no.ledsagerbevis.configuration;

import java.util.List;
import no.ledsagerbevis.errors.FieldErrors;
import org.springframework.stereotype.Service;

/** "Innstillinger" (K10, K12): checks and saves the contact persons, letter sending and language. */
@Service
class EnterSettingsService {

  /** What the form submitted, unchecked; {@code kontaktpersoner} is the textarea, one address a line. */
  record Input(String kontaktpersoner, String utsendingBrev, String spraak) {
  }

  private final SettingsWriter writer;

  EnterSettingsService(SettingsWriter writer) {
    this.writer = writer;
  }

  /** Checks and saves. */
  MunicipalitySettings complete(String kommunenummer, Input input, String endretAv) {
    MunicipalitySettings next = check(kommunenummer, input);
    writer.save(writer.current(kommunenummer).orElseThrow().fiksOrgId(), next, endretAv, ChangeSource.PROSESS);
    return next;
  }

  /** The settings the input makes; throws {@code InvalidInputException} with every broken rule, writes nothing. */
  MunicipalitySettings check(String kommunenummer, Input input) {
    FieldErrors errors = new FieldErrors();
    List<String> kontaktpersoner = errors.check(() -> Kontaktpersoner.parseLines(ConfigurationProcess.KONTAKTPERSONER,
        input.kontaktpersoner()));
    UtsendingBrev utsendingBrev = SettingsRules.choice(errors, ConfigurationProcess.UTSENDING_BREV, input.utsendingBrev(),
        UtsendingBrev.class, "Utsending av vedtaksbrev");
    Spraak spraak = SettingsRules.choice(errors, ConfigurationProcess.SPRAAK, input.spraak(), Spraak.class, "Målform");
    errors.throwIfAny();

    SettingsRepository.Stored current = writer.current(kommunenummer).orElseThrow(() -> new IllegalStateException(
        "Settings of municipality " + kommunenummer + " are entered before the first setup was saved"));
    MunicipalitySettings s = current.settings();
    return new MunicipalitySettings(kommunenummer, s.svarUtKontoId(), s.postAdresse(),
        s.telefon(), kontaktpersoner, utsendingBrev, spraak, null, null, null);
  }
}
