package no.ledsagerbevis.fiks.svarut;

/** The bytes of one document of a forsendelse. */
public record Fil(String filnavn, String mimeType, byte[] innhold) {

  public static Fil pdf(String filnavn, byte[] innhold) {
    return new Fil(filnavn, "application/pdf", innhold);
  }

  @Override
  public String toString() {
    return "Fil[filnavn=" + filnavn + ", mimeType=" + mimeType + ", bytes=" + (innhold == null ? 0 : innhold.length) + "]";
  }
}
