package no.ledsagerbevis.validation;

import no.ledsagerbevis.errors.InvalidInputException;

/**
 * A Norwegian national identity number (fødselsnummer, D-number or synthetic test number) that passes
 * the mod-11 control digits. The one place the rule lives: the API, the task checks and the Fiks
 * simulator all parse through here. {@link #toString()} masks the number so that it never reaches a log.
 */
public final class Fodselsnummer {

  private static final int[] K1_WEIGHTS = {3, 7, 6, 1, 8, 9, 4, 5, 2};
  private static final int[] K2_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

  private final String value;

  private Fodselsnummer(String value) {
    this.value = value;
  }

  /** Parses an 11-digit number; the field name is used in the error. */
  public static Fodselsnummer parse(String felt, String input) {
    if (input == null || input.isBlank()) {
      throw new InvalidInputException(felt, "Fødselsnummer må fylles ut.");
    }
    String digits = input.trim();
    if (!digits.matches("\\d{11}")) {
      throw new InvalidInputException(felt, "Fødselsnummer må bestå av nøyaktig 11 siffer.");
    }
    if (!hasValidControlDigits(digits)) {
      throw new InvalidInputException(felt, "Fødselsnummeret er ikke gyldig (kontrollsifrene stemmer ikke).");
    }
    return new Fodselsnummer(digits);
  }

  public static Fodselsnummer parse(String input) {
    return parse("fnr", input);
  }

  public static boolean isValid(String input) {
    return input != null && input.matches("\\d{11}") && hasValidControlDigits(input);
  }

  static boolean hasValidControlDigits(String digits) {
    int k1 = controlDigit(digits, K1_WEIGHTS);
    int k2 = controlDigit(digits, K2_WEIGHTS);
    return k1 == digit(digits, 9) && k2 == digit(digits, 10);
  }

  private static int controlDigit(String digits, int[] weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i] * digit(digits, i);
    }
    int k = 11 - (sum % 11);
    return k == 11 ? 0 : k; // 10 never matches a digit, so the number is rejected
  }

  private static int digit(String digits, int index) {
    return digits.charAt(index) - '0';
  }

  /** The full number, for the register look-up, our tables and the letter's recipient only. */
  public String value() {
    return value;
  }

  /** The first six digits and five stars: what a letter's address block or a screen may show. */
  public String masked() {
    return value.substring(0, 6) + "*****";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Fodselsnummer that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return masked();
  }
}
