package no.ledsagerbevis.configuration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who completed the task a synchronous recording step follows, for the audit trail: the authenticated user
 * of the Tasklist or engine-rest request, still set in the completion's transaction. A completion without
 * one (the engine's own API in a script) is recorded as "ukjent".
 */
final class CompletingUser {

  static final String UNKNOWN = "ukjent";

  private CompletingUser() {
  }

  static String of(DelegateExecution execution) {
    Authentication authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication != null && authentication.getUserId() != null ? authentication.getUserId() : UNKNOWN;
  }
}
