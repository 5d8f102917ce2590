package no.ledsagerbevis.onboarding;

import no.ledsagerbevis.errors.FieldErrors;
import org.camunda.bpm.engine.delegate.VariableScope;

/** A form checkbox that must be ticked: only a boolean {@code true} counts, whatever the client sent. */
public final class RequiredCheckbox {

  private RequiredCheckbox() {
  }

  public static void check(VariableScope scope, String key, String melding, FieldErrors errors) {
    if (!Boolean.TRUE.equals(scope.getVariable(key))) {
      errors.add(key, melding);
    }
  }
}
