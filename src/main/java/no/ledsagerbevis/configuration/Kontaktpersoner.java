package no.ledsagerbevis.configuration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.ledsagerbevis.errors.FieldErrors;
import no.ledsagerbevis.errors.InvalidInputException;
import no.ledsagerbevis.validation.Epostadresse;

/** The contact persons' e-mail addresses (K10): at least one, at most 20, each valid, no duplicates. */
final class Kontaktpersoner {

  static final int MAX = 20;

  private Kontaktpersoner() {
  }

  /** From the form's textarea: one address a line; blank lines are ignored. */
  static List<String> parseLines(String felt, String text) {
    List<String> lines = text == null ? List.of()
        : Arrays.stream(text.split("\\R")).map(String::trim).filter(line -> !line.isEmpty()).toList();
    return parse(felt, lines);
  }

  /** From the API's list; the error names the position ({@code kontaktpersoner[2]}) and the line (3). */
  static List<String> parse(String felt, List<String> adresser) {
    FieldErrors errors = new FieldErrors();
    if (adresser == null || adresser.isEmpty()) {
      errors.add(felt, "Oppgi minst én kontaktperson (e-postadresse).");
      errors.throwIfAny();
    }
    if (adresser.size() > MAX) {
      errors.add(felt, "Oppgi høyst " + MAX + " kontaktpersoner (du har oppgitt " + adresser.size() + ").");
    }
    Set<String> seen = new LinkedHashSet<>();
    List<String> result = new ArrayList<>();
    for (int i = 0; i < adresser.size(); i++) {
      String position = felt + "[" + i + "]";
      String line = "Kontaktperson nr. " + (i + 1) + ": ";
      try {
        String adresse = Epostadresse.parse(position, adresser.get(i));
        if (!seen.add(adresse)) {
          errors.add(position, line + "e-postadressen er oppgitt mer enn én gang.");
        }
        result.add(adresse);
      } catch (InvalidInputException e) {
        e.errors().forEach(error -> errors.add(position, line + lowerFirst(error.melding())));
      }
    }
    errors.throwIfAny();
    return result;
  }

  private static String lowerFirst(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
