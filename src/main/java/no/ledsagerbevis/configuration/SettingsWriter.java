package no.ledsagerbevis.configuration;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import no.ledsagerbevis.fiks.FiksOrgId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves validated settings and writes one audit entry per changed field, in one transaction (the
 * engine's, when called from a task listener). Callers validate first: nothing here checks rules.
 */
@Service
class SettingsWriter {

  private final SettingsRepository settings;
  private final FiksResourceRepository resources;
  private final SettingsChangeRepository changes;

  SettingsWriter(SettingsRepository settings, FiksResourceRepository resources, SettingsChangeRepository changes) {
    this.settings = settings;
    this.resources = resources;
    this.changes = changes;
  }

  @Transactional(readOnly = true)
  public Optional<SettingsRepository.Stored> current(String kommunenummer) {
    return settings.find(kommunenummer);
  }

  @Transactional
  public void save(FiksOrgId fiksOrgId, MunicipalitySettings next, String endretAv, ChangeSource kilde) {
    OffsetDateTime now = now();
    MunicipalitySettings before = settings.find(next.kommunenummer()).map(SettingsRepository.Stored::settings)
        .orElse(null);
    settings.save(fiksOrgId, next, now);
    for (SettingsDiff.Change change : SettingsDiff.between(before, next)) {
      changes.insert(new SettingsChange(next.kommunenummer(), now, endretAv, kilde, change.felt(), change.gammel(),
          change.ny()));
    }
  }

  @Transactional
  public void recordResource(String kommunenummer, FiksResourceType type, String resourceId, boolean createdNew,
      String endretAv) {
    OffsetDateTime now = now();
    String before = resources.ids(kommunenummer).get(type);
    resources.record(kommunenummer, type, resourceId, createdNew, now);
    if (!resourceId.equals(before)) {
      changes.insert(new SettingsChange(kommunenummer, now, endretAv, ChangeSource.PROSESS, type.felt(), before,
          resourceId));
    }
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
