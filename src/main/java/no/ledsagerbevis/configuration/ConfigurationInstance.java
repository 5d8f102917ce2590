package no.ledsagerbevis.configuration;

import no.ledsagerbevis.access.InstanceMunicipality;
import no.ledsagerbevis.fiks.FiksOrgId;
import no.ledsagerbevis.fiks.forvaltning.ForvaltningClient;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Whose configuration an instance of {@code ledsagerbevis-configuration} is: the municipality of its tenant,
 * and that municipality's Fiks organisation as our settings recorded it, or as Fiks forvaltning knows it
 * before the first setup is saved. Never the variables {@code kommunenummer} or {@code fiksOrgId}.
 */
@Component
class ConfigurationInstance {

  private final SettingsWriter settings;
  private final ForvaltningClient forvaltning;

  ConfigurationInstance(SettingsWriter settings, ForvaltningClient forvaltning) {
    this.settings = settings;
    this.forvaltning = forvaltning;
  }

  String kommunenummer(DelegateExecution execution) {
    return InstanceMunicipality.kommunenummer(execution);
  }

  FiksOrgId fiksOrgId(String kommunenummer) {
    return settings.current(kommunenummer).map(SettingsRepository.Stored::fiksOrgId)
        .orElseGet(() -> new FiksOrgId(forvaltning.hentOrganisasjon(kommunenummer).fiksOrgId()));
  }
}
