package no.ledsagerbevis.validation;

import java.util.Locale;
import java.util.regex.Pattern;
import no.ledsagerbevis.errors.InvalidInputException;

/**
 * An e-mail address in the plain form people use at work: {@code local@domain.tld}, no spaces, no
 * display name. Stored in lower case so that duplicates are found regardless of case.
 */
public final class Epostadresse {

  static final int MAX_LENGTH = 254;

  private static final Pattern FORMAT = Pattern.compile(
      "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
          + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}");

  private Epostadresse() {
  }

  /** The trimmed address in lower case. */
  public static String parse(String felt, String input) {
    if (input == null || input.isBlank()) {
      throw new InvalidInputException(felt, "E-postadresse må fylles ut.");
    }
    String value = input.trim();
    if (!isValid(value)) {
      // The address itself stays out of the message: messages may reach logs.
      throw new InvalidInputException(felt, "E-postadressen er ikke gyldig (forventet for eksempel navn@kommune.no).");
    }
    return value.toLowerCase(Locale.ROOT);
  }

  public static boolean isValid(String input) {
    return input != null && input.length() <= MAX_LENGTH && FORMAT.matcher(input).matches()
        && !input.contains("..") && !input.startsWith(".") && !input.contains(".@");
  }
}
