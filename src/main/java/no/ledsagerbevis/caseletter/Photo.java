package no.ledsagerbevis.caseletter;

/** A checked photo: {@code image/jpeg} or {@code image/png}. */
public record Photo(String mimeType, byte[] innhold) {

  public String filending() {
    return "image/png".equals(mimeType) ? "png" : "jpg";
  }

  @Override
  public String toString() {
    return "Photo[" + mimeType + ", " + innhold.length + " bytes]";
  }
}
