package no.ledsagerbevis.configuration;

import java.util.List;
import no.ledsagerbevis.access.MunicipalityAccess;
import no.ledsagerbevis.errors.FieldErrors;
import no.ledsagerbevis.errors.NotFoundException;
import no.ledsagerbevis.fiks.FiksOrgId;
import no.ledsagerbevis.identity.CurrentUser;
import no.ledsagerbevis.validation.Kommunenummer;
import no.ledsagerbevis.validation.Telefonnummer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The settings API (K11): the municipality's administrators (and camunda-admin) read and change every
 * setting after the configuration process has saved them. Every rule is checked before anything is
 * written; every change is audited with the API user.
 */
@Service
class SettingsApiService {

  private final MunicipalityAccess access;
  private final CurrentUser currentUser;
  private final MunicipalitySettingsService settings;
  private final SettingsWriter writer;
  private final SettingsChangeRepository changes;
  private final SvarUtAccounts svarUtAccounts;

  SettingsApiService(MunicipalityAccess access, CurrentUser currentUser, MunicipalitySettingsService settings,
      SettingsWriter writer, SettingsChangeRepository changes, SvarUtAccounts svarUtAccounts) {
    this.access = access;
    this.currentUser = currentUser;
    this.settings = settings;
    this.writer = writer;
    this.changes = changes;
    this.svarUtAccounts = svarUtAccounts;
  }

  MunicipalitySettings get(String kommunenummer) {
    String k = allowed(kommunenummer);
    return settings.get(k);
  }

  List<SettingsChange> changes(String kommunenummer) {
    String k = allowed(kommunenummer);
    settings.get(k);
    return changes.list(k);
  }

  @Transactional
  MunicipalitySettings update(String kommunenummer, SettingsRequest request) {
    String k = allowed(kommunenummer);
    SettingsRepository.Stored current = writer.current(k).orElseThrow(() -> notConfigured(k));
    MunicipalitySettings next = validated(k, current.fiksOrgId(), request);
    writer.save(current.fiksOrgId(), next, currentUser.userId(), ChangeSource.API);
    return settings.get(k);
  }

  private MunicipalitySettings validated(String kommunenummer, FiksOrgId fiksOrgId, SettingsRequest request) {
    FieldErrors errors = new FieldErrors();
    boolean kontoOppgitt = request.svarUtKontoId() != null && !request.svarUtKontoId().isBlank();
    // Fiks is asked only when there is an account to check.
    List<String> aktiveKontoer = kontoOppgitt ? svarUtAccounts.activeIds(fiksOrgId) : List.of();
    String kontoId = SettingsRules.svarUtKonto(errors, "svarUtKontoId", request.svarUtKontoId(), aktiveKontoer);
    PostAdresse adresse = null;
    if (request.postAdresse() == null) {
      errors.add("postAdresse", "Postadresse (postadressenavn, postnummer og poststed) må fylles ut.");
    } else {
      SettingsRequest.PostAdresseRequest a = request.postAdresse();
      adresse = SettingsRules.postAdresse(errors, "postAdresse.", a.postadressenavn(), a.postnummer(), a.poststed());
    }
    String telefon = errors.check(() -> Telefonnummer.parse("telefon", request.telefon()));
    List<String> kontaktpersoner = errors.check(() -> Kontaktpersoner.parse("kontaktpersoner",
        request.kontaktpersoner()));
    UtsendingBrev utsendingBrev = SettingsRules.choice(errors, "utsendingBrev", request.utsendingBrev(),
        UtsendingBrev.class, "Utsending av vedtaksbrev");
    Spraak spraak = SettingsRules.choice(errors, "spraak", request.spraak(), Spraak.class, "Målform");
    errors.throwIfAny();
    return new MunicipalitySettings(kommunenummer, kontoId, adresse, telefon, kontaktpersoner, utsendingBrev, spraak,
        null, null, null);
  }

  /** Checks the number's format, then that the caller administers the municipality (403 before 404). */
  private String allowed(String kommunenummer) {
    String k = Kommunenummer.parse(kommunenummer);
    access.requireAdministrator(k);
    return k;
  }

  private static NotFoundException notConfigured(String kommunenummer) {
    return new NotFoundException("Kommune " + kommunenummer
        + " har ikke fullført konfigurasjonen av Digitalt ledsagerbevis ennå.");
  }
}
