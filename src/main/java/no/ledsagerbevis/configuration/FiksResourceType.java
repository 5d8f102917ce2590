package no.ledsagerbevis.configuration;

/** The Fiks resources the configuration process creates for a municipality (K9), as audited fields. */
public enum FiksResourceType {
  REGISTER_ROLLE(ConfigurationProcess.REGISTER_ROLLE_ID),
  DOKUMENTLAGER_KONTO(ConfigurationProcess.DOKUMENTLAGER_KONTO_ID),
  VARSLING_KONTO(ConfigurationProcess.VARSLING_KONTO_ID);

  private final String felt;

  FiksResourceType(String felt) {
    this.felt = felt;
  }

  /** The field name in {@link MunicipalitySettings} and in the audit trail. */
  public String felt() {
    return felt;
  }
}
