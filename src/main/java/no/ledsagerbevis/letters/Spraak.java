package no.ledsagerbevis.letters;

import java.util.Locale;

/** The written standard of a letter: the municipality's choice of målform. */
public enum Spraak {
  BOKMAAL("nb"),
  NYNORSK("nn");

  private final String code;

  Spraak(String code) {
    this.code = code;
  }

  /** The ISO 639-1 code; also the suffix of the template files ({@code _nb}, {@code _nn}). */
  public String code() {
    return code;
  }

  public Locale locale() {
    return Locale.forLanguageTag(code + "-NO");
  }
}
