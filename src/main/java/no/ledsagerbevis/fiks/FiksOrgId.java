package no.ledsagerbevis.fiks;

/**
 * A municipality's organisation id in Fiks (a UUID). Typed so that it cannot change places with a kommunenummer,
 * an organisasjonsnummer, an agreement id or an account id in the signatures of our services; stored, sent and
 * serialised as its plain {@link #value()}.
 */
public record FiksOrgId(String value) {

  public FiksOrgId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("A Fiks organisation id is not blank");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
