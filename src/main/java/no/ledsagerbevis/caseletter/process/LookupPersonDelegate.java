package no.ledsagerbevis.caseletter.process;

import no.ledsagerbevis.caseletter.PersonLookupService;
import no.ledsagerbevis.caseletter.ProcessVariables;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_LookupPerson}: a person the register does not know is a business error for the case handler. */
@Component
public class LookupPersonDelegate implements JavaDelegate {

  private final CaseOfInstance caseOfInstance;
  private final PersonLookupService lookup;

  LookupPersonDelegate(CaseOfInstance caseOfInstance, PersonLookupService lookup) {
    this.caseOfInstance = caseOfInstance;
    this.lookup = lookup;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (!lookup.lookUp(caseOfInstance.of(execution))) {
      throw new BpmnError(ProcessVariables.ERROR_PERSON_NOT_FOUND, "Personen finnes ikke i Folkeregisteret.");
    }
  }
}
