package no.ledsagerbevis.configuration;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import no.ledsagerbevis.errors.FieldErrors;
import no.ledsagerbevis.validation.Postnummer;

/**
 * The rules of each setting, shared by the task-completion checks and the settings API. Every method
 * records a broken rule in the given {@link FieldErrors} and returns null instead of throwing, so that
 * all broken rules are reported together.
 */
final class SettingsRules {

  static final int MAX_POSTADRESSENAVN = 200;
  static final int MAX_POSTSTED = 100;

  private SettingsRules() {
  }

  /** The chosen SvarUt account must be one of the municipality's active accounts. */
  static String svarUtKonto(FieldErrors errors, String felt, String input, Collection<String> aktiveKontoer) {
    if (input == null || input.isBlank()) {
      errors.add(felt, "Velg SvarUt-kontoen tjenesten skal bruke.");
      return null;
    }
    String kontoId = input.trim();
    if (!aktiveKontoer.contains(kontoId)) {
      errors.add(felt, "Den valgte SvarUt-kontoen finnes ikke eller er ikke aktiv for kommunen. "
          + "Velg en av kommunens aktive SvarUt-kontoer.");
      return null;
    }
    return kontoId;
  }

  static PostAdresse postAdresse(FieldErrors errors, String prefix, String postadressenavn, String postnummer,
      String poststed) {
    String navn = text(errors, prefix + "postadressenavn", postadressenavn, "Postadresse", MAX_POSTADRESSENAVN);
    String nummer = errors.check(() -> Postnummer.parse(prefix + "postnummer", postnummer));
    String sted = text(errors, prefix + "poststed", poststed, "Poststed", MAX_POSTSTED);
    return navn == null || nummer == null || sted == null ? null : new PostAdresse(navn, nummer, sted);
  }

  static <E extends Enum<E>> E choice(FieldErrors errors, String felt, String input, Class<E> type, String label) {
    String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(" eller "));
    if (input == null || input.isBlank()) {
      errors.add(felt, label + " må velges (" + allowed + ").");
      return null;
    }
    try {
      return Enum.valueOf(type, input.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add(felt, label + " må være " + allowed + ".");
      return null;
    }
  }

  private static String text(FieldErrors errors, String felt, String input, String label, int max) {
    if (input == null || input.isBlank()) {
      errors.add(felt, label + " må fylles ut.");
      return null;
    }
    String value = input.trim();
    if (value.length() > max) {
      errors.add(felt, label + " kan ha høyst " + max + " tegn.");
      return null;
    }
    // The address is printed in every letter and shown in the forms: text only.
    if (value.chars().anyMatch(Character::isISOControl) || value.indexOf('<') >= 0 || value.indexOf('>') >= 0) {
      errors.add(felt, label + " kan ikke inneholde kontrolltegn, < eller >.");
      return null;
    }
    return value;
  }
}
