package no.ledsagerbevis.access;

import no.ledsagerbevis.errors.InvalidInputException;

/** The rules for user names, names, passwords and group names, with Norwegian messages. */
final class AccessInput {

  static final int MAX_PASSORD = 128;
  private static final String BRUKERNAVN = "[a-z0-9][a-z0-9._-]{1,63}";

  private AccessInput() {
  }

  static String brukernavn(String input) {
    if (input == null || input.isBlank()) {
      throw new InvalidInputException("brukernavn", "Brukernavn må fylles ut.");
    }
    if (!input.matches(BRUKERNAVN)) {
      throw new InvalidInputException("brukernavn", "Brukernavn må være 2–64 tegn: små bokstaver a–z, sifre, "
          + "punktum, bindestrek eller understrek, og begynne med en bokstav eller et siffer.");
    }
    return input;
  }

  static String navn(String input) {
    if (input == null || input.isBlank()) {
      throw new InvalidInputException("navn", "Navn må fylles ut.");
    }
    String value = input.trim().replaceAll("\\s+", " ");
    if (value.length() > 200 || value.chars().anyMatch(Character::isISOControl) || value.matches(".*[<>].*")) {
      throw new InvalidInputException("navn", "Navn kan ha høyst 200 tegn og ikke inneholde kontrolltegn, < eller >.");
    }
    return value;
  }

  /** Present and of a sane length; the rules for its strength are Camunda's password policy (UserLogins). */
  static String passord(String input) {
    if (input == null || input.isEmpty()) {
      throw new InvalidInputException("passord", "Passord må fylles ut når brukeren opprettes.");
    }
    if (input.length() > MAX_PASSORD) {
      throw new InvalidInputException("passord", "Passordet kan ha høyst " + MAX_PASSORD + " tegn.");
    }
    return input;
  }

  static String gruppenavn(String input) {
    if (input == null || input.isBlank()) {
      throw new InvalidInputException("gruppenavn", "Gruppenavn må fylles ut.");
    }
    String value = input.trim().replaceAll("\\s+", " ");
    if (value.length() < 2 || value.length() > 200) {
      throw new InvalidInputException("gruppenavn", "Gruppenavn må ha 2–200 tegn.");
    }
    if (value.chars().anyMatch(Character::isISOControl) || value.matches(".*[<>].*")) {
      throw new InvalidInputException("gruppenavn", "Gruppenavn kan ikke inneholde kontrolltegn, < eller >.");
    }
    String slug = AccessIds.slug(value);
    if (slug.isEmpty()) {
      throw new InvalidInputException("gruppenavn", "Gruppenavn må inneholde minst én bokstav eller ett siffer.");
    }
    if (("-" + slug).startsWith(AccessIds.ADMINISTRATOR_SUFFIX)) {
      throw new InvalidInputException("gruppenavn",
          "Gruppenavnet er reservert for tjenesteadministratorene. Velg et annet navn.");
    }
    return value;
  }
}
