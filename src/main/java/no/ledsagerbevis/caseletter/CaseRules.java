package no.ledsagerbevis.caseletter;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import no.ledsagerbevis.errors.InvalidInputException;

/**
 * The rules for a certificate's values, used by the case API and by the assessment's completion check
 * alike. Each method throws {@link InvalidInputException} with a Norwegian message for its field.
 */
public final class CaseRules {

  public static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");
  public static final int MAX_REFERANSENUMMER = 40;
  public static final int VALIDITY_YEARS = 2;

  private CaseRules() {
  }

  public static LocalDate today() {
    return LocalDate.now(NORWAY);
  }

  /** The default expiry: two years from today. */
  public static LocalDate defaultUtlopsdato() {
    return today().plusYears(VALIDITY_YEARS);
  }

  public static String telefonnummer(String felt, String input) {
    if (input == null || input.isBlank()) {
      throw new InvalidInputException(felt, "Telefonnummer må fylles ut.");
    }
    String value = input.trim();
    if (!value.matches("[49]\\d{7}")) {
      throw new InvalidInputException(felt,
          "Telefonnummeret må være et norsk mobilnummer på 8 siffer som begynner med 4 eller 9.");
    }
    return value;
  }

  /** Accepts 1 or 2 as any integral number type (Tasklist may send Integer, Long or Double). */
  public static int antallLedsagere(String felt, Object input) {
    if (input == null || (input instanceof String s && s.isBlank())) {
      throw new InvalidInputException(felt, "Antall ledsagere må fylles ut.");
    }
    Integer value = null;
    if (input instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      value = n.intValue();
    } else if (input instanceof String s && s.trim().matches("\\d{1,2}")) {
      value = Integer.parseInt(s.trim());
    }
    if (value == null || value < 1 || value > 2) {
      throw new InvalidInputException(felt, "Antall ledsagere må være 1 eller 2.");
    }
    return value;
  }

  /** An ISO date (yyyy-mm-dd) after today; blank gives the default two years ahead. */
  public static LocalDate utlopsdato(String felt, Object input) {
    if (input == null || (input instanceof String s && s.isBlank())) {
      return defaultUtlopsdato();
    }
    LocalDate date;
    if (input instanceof LocalDate d) {
      date = d;
    } else if (input instanceof java.util.Date d) {
      date = d.toInstant().atZone(NORWAY).toLocalDate();
    } else {
      try {
        date = LocalDate.parse(input.toString().trim());
      } catch (DateTimeParseException e) {
        throw new InvalidInputException(felt, "Utløpsdato må være en dato på formen ÅÅÅÅ-MM-DD.");
      }
    }
    if (!date.isAfter(today())) {
      throw new InvalidInputException(felt, "Utløpsdato må være en dato fram i tid.");
    }
    return date;
  }

  /**
   * Optional; at most 40 characters; blank becomes null. No markup or control characters: the reference is shown
   * in the case handler's screens and printed in the letter.
   */
  public static String referansenummer(String felt, String input) {
    if (input == null || input.isBlank()) {
      return null;
    }
    String value = input.trim();
    if (value.length() > MAX_REFERANSENUMMER) {
      throw new InvalidInputException(felt, "Referansenummer kan ha høyst " + MAX_REFERANSENUMMER + " tegn.");
    }
    if (value.chars().anyMatch(Character::isISOControl) || value.indexOf('<') >= 0 || value.indexOf('>') >= 0) {
      throw new InvalidInputException(felt, "Referansenummer kan ikke inneholde kontrolltegn, < eller >.");
    }
    return value;
  }
}
