package no.ledsagerbevis.validation;

import no.ledsagerbevis.errors.InvalidInputException;

/**
 * A Norwegian phone number as KS's APIs store it: exactly eight digits, without country code. Spaces
 * people type between groups of digits ("22 00 00 00") are removed.
 */
public final class Telefonnummer {

  private Telefonnummer() {
  }

  public static String parse(String felt, String input) {
    if (input == null || input.isBlank()) {
      throw new InvalidInputException(felt, "Telefonnummer må fylles ut.");
    }
    String value = input.replace(" ", "").trim();
    if (!isValid(value)) {
      throw new InvalidInputException(felt, "Telefonnummer må bestå av nøyaktig 8 siffer.");
    }
    return value;
  }

  public static boolean isValid(String input) {
    return input != null && input.matches("[0-9]{8}");
  }
}
