package no.ledsagerbevis.history;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ledsagerbevis.history.*}: the variable and form-field names whose values the engine's history must
 * never keep (docs/retention.md). Personal data belongs in our tables; these names are where it could
 * still pass through a task form or a variable on its way there.
 */
@ConfigurationProperties("ledsagerbevis.history")
public class HistoryPrivacyProperties {

  /** The refusal reason (often health information) and the municipality's contact persons' e-mails are
   * form fields; the rest are the case's personal-data field names, kept out should they ever be written. */
  private Set<String> sensitiveVariables = new LinkedHashSet<>(List.of(
      "begrunnelse", "kontaktpersoner", "fnr", "fodselsnummer", "navn", "adresse", "telefonnummer", "epost"));

  public Set<String> getSensitiveVariables() {
    return sensitiveVariables;
  }

  public void setSensitiveVariables(Set<String> sensitiveVariables) {
    this.sensitiveVariables = sensitiveVariables;
  }
}
