package no.ledsagerbevis.caseletter.process;

import no.ledsagerbevis.access.AccessIds;
import no.ledsagerbevis.caseletter.CaseRepository;
import no.ledsagerbevis.caseletter.CompanionCase;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The case an instance of {@code ledsagerbevis-decision-letter} works on: its business key, which the case
 * API set when it started the instance, naming our row, in the instance's municipality (tenant). Its group
 * is the row's, for the user tasks' candidate group. Never a variable: whoever works on a task could
 * have written one.
 */
@Component("caseOfInstance")
public class CaseOfInstance {

  private final CaseRepository cases;

  CaseOfInstance(CaseRepository cases) {
    this.cases = cases;
  }

  CompanionCase of(DelegateExecution execution) {
    String saksId = execution.getProcessBusinessKey();
    CompanionCase sak = saksId == null ? null : cases.find(saksId).orElse(null);
    if (sak == null || !AccessIds.tenantId(sak.kommunenummer()).equals(execution.getTenantId())) {
      throw new IllegalStateException("Process instance " + execution.getProcessInstanceId()
          + " has no case of its municipality");
    }
    return sak;
  }

  /** For {@code camunda:candidateGroups="${caseOfInstance.gruppeId(execution)}"}. */
  public String gruppeId(DelegateExecution execution) {
    return of(execution).gruppeId();
  }
}
