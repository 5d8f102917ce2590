package no.ledsagerbevis.configuration;

import java.util.Optional;

/**
 * Read access to a municipality's settings for the other features (onboarding status, case letters,
 * sending, SMS). Changes go through the configuration process and the settings API only.
 */
public interface MunicipalitySettingsService {

  /** The settings, or empty before the configuration process has saved them. */
  Optional<MunicipalitySettings> find(String kommunenummer);

  /** The settings; throws {@link no.ledsagerbevis.errors.NotFoundException} (Norwegian) when none. */
  MunicipalitySettings get(String kommunenummer);

  /** The Fiks organisation and accounts, in one read; empty before the configuration process has saved settings. */
  Optional<FiksAccounts> fiksAccounts(String kommunenummer);

  /** OPPRETTET / IKKE_OPPRETTET per Fiks resource, as the configuration process recorded it. */
  ResourceStatuses resourceStatuses(String kommunenummer);
}
