package no.ledsagerbevis.configuration;

import org.camunda.bpm.engine.delegate.DelegateTask;

/** Reading submitted form values: they may arrive as numbers or booleans through engine-rest; our rules check text. */
final class TaskVariables {

  private TaskVariables() {
  }

  static String text(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    return value == null ? null : value.toString();
  }
}
