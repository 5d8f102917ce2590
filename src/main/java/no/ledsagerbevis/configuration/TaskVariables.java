package no.ledsagerbevis.configuration;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Reading submitted form values: they may arrive as numbers or booleans through engine-rest; our rules check text. */
final class TaskVariables {

  private TaskVariables() {
  }

  static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }
}
