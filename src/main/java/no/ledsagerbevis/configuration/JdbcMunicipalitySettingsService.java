package no.ledsagerbevis.configuration;

import java.util.Map;
import java.util.Optional;
import no.ledsagerbevis.errors.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads settings from our tables, with the ids of the Fiks resources the process recorded. */
@Service
class JdbcMunicipalitySettingsService implements MunicipalitySettingsService {

  private final SettingsRepository settings;
  private final FiksResourceRepository resources;

  JdbcMunicipalitySettingsService(SettingsRepository settings, FiksResourceRepository resources) {
    this.settings = settings;
    this.resources = resources;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<MunicipalitySettings> find(String kommunenummer) {
    return settings.find(kommunenummer).map(stored -> withResources(stored.settings()));
  }

  @Override
  public MunicipalitySettings get(String kommunenummer) {
    return find(kommunenummer).orElseThrow(() -> new NotFoundException(
        "Kommune " + kommunenummer + " har ikke fullført konfigurasjonen av Digitalt ledsagerbevis ennå."));
  }

  @Override
  public Optional<FiksAccounts> fiksAccounts(String kommunenummer) {
    return resources.accounts(kommunenummer);
  }

  @Override
  @Transactional(readOnly = true)
  public ResourceStatuses resourceStatuses(String kommunenummer) {
    Map<FiksResourceType, String> ids = resources.ids(kommunenummer);
    boolean svarUtKontoValgt = settings.find(kommunenummer).isPresent();
    return new ResourceStatuses(
        ResourceStatus.of(svarUtKontoValgt),
        ResourceStatus.of(ids.containsKey(FiksResourceType.REGISTER_ROLLE)),
        ResourceStatus.of(ids.containsKey(FiksResourceType.DOKUMENTLAGER_KONTO)),
        ResourceStatus.of(ids.containsKey(FiksResourceType.VARSLING_KONTO)));
  }

  private MunicipalitySettings withResources(MunicipalitySettings s) {
    Map<FiksResourceType, String> ids = resources.ids(s.kommunenummer());
    return new MunicipalitySettings(s.kommunenummer(), s.svarUtKontoId(), s.postAdresse(), s.telefon(),
        s.kontaktpersoner(), s.utsendingBrev(), s.spraak(),
        ids.get(FiksResourceType.REGISTER_ROLLE),
        ids.get(FiksResourceType.DOKUMENTLAGER_KONTO),
        ids.get(FiksResourceType.VARSLING_KONTO));
  }
}
