package no.ledsagerbevis.caseletter;

import java.util.function.Function;
import no.ledsagerbevis.configuration.FiksAccounts;
import no.ledsagerbevis.configuration.MunicipalitySettings;
import no.ledsagerbevis.configuration.MunicipalitySettingsService;
import org.springframework.stereotype.Component;

/**
 * The municipality's Fiks organisation and accounts, and its settings for letters, from our own tables, each
 * read once per transaction. A missing account is a technical failure: the job is retried and ends as an
 * incident until the configuration is completed.
 */
@Component
public class MunicipalityAccounts {

  private final MunicipalitySettingsService settings;

  MunicipalityAccounts(MunicipalitySettingsService settings) {
    this.settings = settings;
  }

  String registerRolleId(String kommunenummer) {
    return required(kommunenummer, FiksAccounts::registerRolleId, "register role");
  }

  String dokumentlagerKontoId(String kommunenummer) {
    return required(kommunenummer, FiksAccounts::dokumentlagerKontoId, "dokumentlager account");
  }

  String varslingKontoId(String kommunenummer) {
    return required(kommunenummer, FiksAccounts::varslingKontoId, "varsling account");
  }

  String svarUtKontoId(String kommunenummer) {
    return required(kommunenummer, FiksAccounts::svarUtKontoId, "chosen SvarUt account");
  }

  /** For dokumentlager: the organisation the configuration process saved with the settings. */
  String fiksOrgId(String kommunenummer) {
    return required(kommunenummer, FiksAccounts::fiksOrgId, "Fiks organisation");
  }

  /** Address, phone, language and {@code utsendingBrev}, for the letter. */
  public MunicipalitySettings settings(String kommunenummer) {
    return PerTransaction.get(new Key("settings", kommunenummer), () -> settings.get(kommunenummer));
  }

  private String required(String kommunenummer, Function<FiksAccounts, String> account, String what) {
    FiksAccounts accounts = PerTransaction.get(new Key("accounts", kommunenummer),
        () -> settings.fiksAccounts(kommunenummer).orElse(null));
    String id = accounts == null ? null : account.apply(accounts);
    if (id == null) {
      throw new IllegalStateException("Municipality " + kommunenummer + " has no " + what + " yet");
    }
    return id;
  }

  private record Key(String what, String kommunenummer) {
  }
}
