package no.ledsagerbevis.access;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;

/** Camunda's password-policy rules in Norwegian, for the 400 that refuses a weak password. */
final class PasswordPolicyText {

  private PasswordPolicyText() {
  }

  static String refusal(List<PasswordPolicyRule> allRules, List<PasswordPolicyRule> violated) {
    return "Passordet er for svakt: det må " + describe(violated) + ". Reglene for passord: et passord må "
        + describe(allRules) + ".";
  }

  private static String describe(List<PasswordPolicyRule> rules) {
    List<String> texts = rules.stream().map(PasswordPolicyText::rule).toList();
    if (texts.size() == 1) {
      return texts.get(0);
    }
    return texts.subList(0, texts.size() - 1).stream().collect(Collectors.joining(", ")) + " og "
        + texts.get(texts.size() - 1);
  }

  static String rule(PasswordPolicyRule rule) {
    Map<String, String> parameters = rule.getParameters() == null ? Map.of() : rule.getParameters();
    return switch (rule.getPlaceholder()) {
      case "PASSWORD_POLICY_LENGTH" -> "ha minst " + parameters.get("minLength") + " tegn";
      case "PASSWORD_POLICY_LOWERCASE" -> count(parameters.get("minLowerCase"), "én liten bokstav", "små bokstaver");
      case "PASSWORD_POLICY_UPPERCASE" -> count(parameters.get("minUpperCase"), "én stor bokstav", "store bokstaver");
      case "PASSWORD_POLICY_DIGIT" -> count(parameters.get("minDigit"), "ett siffer", "sifre");
      case "PASSWORD_POLICY_SPECIAL" -> count(parameters.get("minSpecial"), "ett spesialtegn", "spesialtegn")
          + " (for eksempel ! - _ ? #)";
      case "PASSWORD_POLICY_USER_DATA" -> "ikke inneholde brukernavnet eller navnet";
      default -> rule.getPlaceholder();
    };
  }

  private static String count(String minimum, String one, String many) {
    return "1".equals(minimum) ? "ha minst " + one : "ha minst " + minimum + " " + many;
  }
}
