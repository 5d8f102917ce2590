package no.ledsagerbevis.letters;

import java.time.OffsetDateTime;

/**
 * The tjenestebilag (service appendix) of one municipality.
 *
 * @param versjon  the version of the terms, e.g. "1.0"
 * @param generert when the unsigned document was generated; printed, and the PDF's creation date
 * @param signatur null before signing; when present a signature page is added
 */
public record AgreementDocument(String kommunenavn, String kommunenummer, String organisasjonsnummer,
    String versjon, OffsetDateTime generert, AgreementSignature signatur) {

  public AgreementDocument {
    Require.text(kommunenavn, "kommunenavn");
    Require.text(kommunenummer, "kommunenummer");
    if (!kommunenummer.matches("\\d{4}")) {
      throw new IllegalArgumentException("kommunenummer must be four digits");
    }
    Require.text(organisasjonsnummer, "organisasjonsnummer");
    if (!organisasjonsnummer.matches("\\d{9}")) {
      throw new IllegalArgumentException("organisasjonsnummer must be nine digits");
    }
    Require.text(versjon, "versjon");
    Require.present(generert, "generert");
  }

  /** The same document with the signature, for rendering the signed copy. */
  public AgreementDocument signert(AgreementSignature signatur) {
    return new AgreementDocument(kommunenavn, kommunenummer, organisasjonsnummer, versjon, generert,
        Require.present(signatur, "signatur"));
  }
}
