package no.ledsagerbevis.configuration;

/** Where a settings change came from, as shown in the audit trail. */
public enum ChangeSource {
  /** A task of the configuration process (Tasklist or engine-rest). */
  PROSESS,
  /** {@code PUT /api/v1/kommuner/{kommunenummer}}. */
  API
}
