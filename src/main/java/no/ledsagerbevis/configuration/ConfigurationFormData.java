package no.ledsagerbevis.configuration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.ledsagerbevis.fiks.FiksOrgId;
import no.ledsagerbevis.fiks.forvaltning.SvarUtKonto;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Service;

/**
 * What the configuration forms start from: the active SvarUt accounts for the select, and when the
 * municipality was configured before (the process runs again), its current settings, so that the
 * administrator changes what is needed instead of typing everything again. Not the contact persons: their
 * e-mail addresses live in our table only, never in the engine; the form asks for them again.
 */
@Service
class ConfigurationFormData {

  /** The municipality has no active SvarUt account: the process asks the administrator to create one. */
  static class NoActiveSvarUtAccount extends RuntimeException {
    NoActiveSvarUtAccount() {
      super("Kommunen har ingen aktiv SvarUt-konto.");
    }
  }

  private final SvarUtAccounts svarUtAccounts;
  private final MunicipalitySettingsService settings;

  ConfigurationFormData(SvarUtAccounts svarUtAccounts, MunicipalitySettingsService settings) {
    this.svarUtAccounts = svarUtAccounts;
    this.settings = settings;
  }

  Map<String, Object> variables(String kommunenummer, FiksOrgId fiksOrgId) {
    List<SvarUtKonto> kontoer = svarUtAccounts.active(fiksOrgId);
    if (kontoer.isEmpty()) {
      throw new NoActiveSvarUtAccount();
    }
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(SvarUtKontoOptions.VARIABLE, SpinValues.jsonValue(SvarUtKontoOptions.toJson(kontoer)).create());
    settings.find(kommunenummer).ifPresent(current -> {
      if (kontoer.stream().anyMatch(konto -> konto.kontoId().equals(current.svarUtKontoId()))) {
        variables.put(ConfigurationProcess.SVARUT_KONTO_ID, current.svarUtKontoId());
      }
      variables.put(ConfigurationProcess.POSTADRESSENAVN, current.postAdresse().postadressenavn());
      variables.put(ConfigurationProcess.POSTNUMMER, current.postAdresse().postnummer());
      variables.put(ConfigurationProcess.POSTSTED, current.postAdresse().poststed());
      variables.put(ConfigurationProcess.TELEFON, current.telefon());
      variables.put(ConfigurationProcess.UTSENDING_BREV, current.utsendingBrev().name());
      variables.put(ConfigurationProcess.SPRAAK, current.spraak().name());
    });
    return variables;
  }
}
