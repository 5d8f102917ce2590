package no.ledsagerbevis.validation;

import no.ledsagerbevis.errors.InvalidInputException;

/**
 * The format of a Norwegian municipality number: exactly four digits. Whether the municipality exists
 * is a question for {@code kommune.Kommuneregister}.
 */
public final class Kommunenummer {

  private Kommunenummer() {
  }

  public static String parse(String felt, String input) {
    if (input == null || input.isBlank()) {
      throw new InvalidInputException(felt, "Kommunenummer må fylles ut.");
    }
    String value = input.trim();
    if (!isValid(value)) {
      throw new InvalidInputException(felt, "Kommunenummer må bestå av nøyaktig 4 siffer.");
    }
    return value;
  }

  public static String parse(String input) {
    return parse("kommunenummer", input);
  }

  public static boolean isValid(String input) {
    return input != null && input.matches("[0-9]{4}");
  }
}
