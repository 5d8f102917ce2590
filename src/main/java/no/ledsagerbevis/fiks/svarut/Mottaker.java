package no.ledsagerbevis.fiks.svarut;

/**
 * SvarUt's {@code mottaker}: {@code digitalId} is a fødselsnummer or an organisasjonsnummer. The postal
 * address is used for print; leave it empty for a person with a protected address.
 * {@link #toString()} hides the personal data so that a record never reaches a log in clear text.
 */
public record Mottaker(String navn, String digitalId, String adresselinje1, String adresselinje2,
    String adresselinje3, String postnummer, String poststed, String land) {

  /** An organisation (for example the municipality's postmottak) addressed by organisasjonsnummer. */
  public static Mottaker organisasjon(String navn, String organisasjonsnummer, String adresselinje1,
      String postnummer, String poststed) {
    return new Mottaker(navn, organisasjonsnummer, adresselinje1, null, null, postnummer, poststed, "Norge");
  }

  @Override
  public String toString() {
    return "Mottaker[digitalId=" + (digitalId == null ? null : "***") + "]";
  }
}
