package no.ledsagerbevis.letters;

/**
 * Preconditions of the letter records. The callers validate user input first (with Norwegian
 * messages); a record that breaks these rules is a programming error, hence IllegalArgumentException.
 */
final class Require {

  private Require() {
  }

  static String text(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " is required");
    }
    return value;
  }

  static <T> T present(T value, String field) {
    if (value == null) {
      throw new IllegalArgumentException(field + " is required");
    }
    return value;
  }
}
