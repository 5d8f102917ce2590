package no.ledsagerbevis.fiks.svarut;

/** One entry of {@code dokumenter}; a file part with the same {@code filnavn} follows the JSON part. */
public record Dokument(String filnavn, String mimeType, boolean inneholderPersonsensitivInformasjon) {

  public static Dokument pdf(String filnavn, boolean inneholderPersonsensitivInformasjon) {
    return new Dokument(filnavn, "application/pdf", inneholderPersonsensitivInformasjon);
  }
}
