package no.ledsagerbevis.validation;

import no.ledsagerbevis.errors.InvalidInputException;

/** A Norwegian postal code: exactly four digits. */
public final class Postnummer {

  private Postnummer() {
  }

  /** The trimmed postal code; the field name is used in the error. */
  public static String parse(String felt, String input) {
    if (input == null || input.isBlank()) {
      throw new InvalidInputException(felt, "Postnummer må fylles ut.");
    }
    String value = input.trim();
    if (!isValid(value)) {
      throw new InvalidInputException(felt, "Postnummer må bestå av nøyaktig 4 siffer.");
    }
    return value;
  }

  public static boolean isValid(String input) {
    return input != null && input.matches("[0-9]{4}");
  }
}
