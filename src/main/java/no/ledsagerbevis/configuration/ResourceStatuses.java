package no.ledsagerbevis.configuration;

/** Which of the municipality's Fiks resources the configuration process has recorded as created. */
public record ResourceStatuses(
    ResourceStatus svarutKontoStatus,
    ResourceStatus rolleStatus,
    ResourceStatus dokumentlagerKontoStatus,
    ResourceStatus varslingKontoStatus) {

  public static ResourceStatuses none() {
    return new ResourceStatuses(ResourceStatus.IKKE_OPPRETTET, ResourceStatus.IKKE_OPPRETTET,
        ResourceStatus.IKKE_OPPRETTET, ResourceStatus.IKKE_OPPRETTET);
  }
}
