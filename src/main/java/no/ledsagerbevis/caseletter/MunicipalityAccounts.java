package no.ledsagerbevis.caseletter;

import java.util.function.Function;
import no.ledsagerbevis.configuration.MunicipalitySettings;
import no.ledsagerbevis.configuration.MunicipalitySettingsService;
import org.springframework.stereotype.Component;

/**
 * The municipality's Fiks accounts from its settings. A missing one is a technical failure: the job is
 * retried and ends as an incident until the configuration is completed.
 */
@Component
class MunicipalityAccounts {

  private final MunicipalitySettingsService settings;

  MunicipalityAccounts(MunicipalitySettingsService settings) {
    this.settings = settings;
  }

  String registerRolleId(String kommunenummer) {
    return required(kommunenummer, MunicipalitySettings::registerRolleId, "register role");
  }

  String dokumentlagerKontoId(String kommunenummer) {
    return required(kommunenummer, MunicipalitySettings::dokumentlagerKontoId, "dokumentlager account");
  }

  String varslingKontoId(String kommunenummer) {
    return required(kommunenummer, MunicipalitySettings::varslingKontoId, "varsling account");
  }

  String svarUtKontoId(String kommunenummer) {
    return required(kommunenummer, MunicipalitySettings::svarUtKontoId, "chosen SvarUt account");
  }

  private String required(String kommunenummer, Function<MunicipalitySettings, String> account, String what) {
    String id = account.apply(settings.get(kommunenummer));
    if (id == null) {
      throw new IllegalStateException("Municipality " + kommunenummer + " has no " + what + " yet");
    }
    return id;
  }
}
