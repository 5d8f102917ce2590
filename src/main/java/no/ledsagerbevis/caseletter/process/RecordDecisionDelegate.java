package no.ledsagerbevis.caseletter.process;

import no.ledsagerbevis.caseletter.DecisionRecorder;
import no.ledsagerbevis.caseletter.ProcessVariables;
import no.ledsagerbevis.errors.FieldErrors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordDecision} «Registrer vedtak», synchronous right after the assessment, in its transaction
 * and still as its user: writes the decision onto the case, leaves the gateway its normalised choice and the
 * letters their case handler, and takes the refusal reason out of the engine (it lives in our table only).
 */
@Component("recordDecisionDelegate")
class RecordDecisionDelegate implements JavaDelegate {

  private final CaseOfInstance caseOfInstance;
  private final DecisionRecorder recorder;

  RecordDecisionDelegate(CaseOfInstance caseOfInstance, DecisionRecorder recorder) {
    this.caseOfInstance = caseOfInstance;
    this.recorder = recorder;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String saksId = caseOfInstance.of(execution).saksId();
    FieldErrors errors = new FieldErrors();
    Assessment assessment = Assessment.read(execution, errors);
    errors.throwIfAny();
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (user == null || user.getUserId() == null) {
      throw new IllegalStateException("A decision is recorded in the transaction of its user's completion");
    }
    recorder.recordDecision(saksId, assessment.decision(user.getUserId()));
    execution.setVariable(ProcessVariables.VEDTAK, assessment.vedtak().name());
    execution.setVariable(ProcessVariables.ANTALL_LEDSAGERE, assessment.antallLedsagere());
    execution.setVariable(ProcessVariables.UTLOPSDATO, assessment.utlopsdato().toString());
    execution.setVariable(ProcessVariables.SAKSBEHANDLER, user.getUserId());
    execution.removeVariable(ProcessVariables.BEGRUNNELSE);
  }
}
