package no.ledsagerbevis.configuration;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who completes a task, for the audit trail: the authenticated user of the Tasklist or engine-rest
 * request, else the task's assignee. A completion without either (the engine's own API in a script)
 * is recorded as "ukjent".
 */
final class CompletingUser {

  static final String UNKNOWN = "ukjent";

  private CompletingUser() {
  }

  static String of(DelegateTask task) {
    Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    return task.getAssignee() != null ? task.getAssignee() : UNKNOWN;
  }
}
