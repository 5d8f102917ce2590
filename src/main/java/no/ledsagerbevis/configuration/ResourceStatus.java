package no.ledsagerbevis.configuration;

/** Whether the configuration process has recorded one of the municipality's Fiks resources as created. */
public enum ResourceStatus {
  OPPRETTET, IKKE_OPPRETTET;

  public static ResourceStatus of(boolean opprettet) {
    return opprettet ? OPPRETTET : IKKE_OPPRETTET;
  }
}
