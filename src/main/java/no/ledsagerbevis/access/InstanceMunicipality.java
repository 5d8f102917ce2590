package no.ledsagerbevis.access;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The municipality a process instance belongs to: its tenant, which the server fixed when the instance
 * started. Listeners, delegates and the BPMN's candidate groups read it here, never from a variable,
 * which whoever works on a task might have written.
 */
@Component("instanceMunicipality")
public class InstanceMunicipality {

  public static String kommunenummer(DelegateExecution execution) {
    return AccessIds.kommunenummerOfTenant(execution.getTenantId());
  }

  public static String kommunenummer(DelegateTask task) {
    return AccessIds.kommunenummerOfTenant(task.getTenantId());
  }

  /** For expressions: {@code ${onboardingStatus.mark(instanceMunicipality.kommunenummerOf(execution), ...)}}. */
  public String kommunenummerOf(DelegateExecution execution) {
    return kommunenummer(execution);
  }

  /** For {@code camunda:candidateGroups="${instanceMunicipality.administratorGroup(execution)}"}. */
  public String administratorGroup(DelegateExecution execution) {
    return AccessIds.administratorGroupId(kommunenummer(execution));
  }
}
