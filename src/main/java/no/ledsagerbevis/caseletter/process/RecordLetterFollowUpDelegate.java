package no.ledsagerbevis.caseletter.process;

import no.ledsagerbevis.caseletter.DecisionRecorder;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordLetterFollowUp} «Registrer oppfølging», synchronous right after {@code Task_FollowUpLetter},
 * as its user: the case history says what was done about the undelivered letter, and by whom.
 */
@Component("recordLetterFollowUpDelegate")
class RecordLetterFollowUpDelegate implements JavaDelegate {

  private final CaseOfInstance caseOfInstance;
  private final DecisionRecorder recorder;

  RecordLetterFollowUpDelegate(CaseOfInstance caseOfInstance, DecisionRecorder recorder) {
    this.caseOfInstance = caseOfInstance;
    this.recorder = recorder;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String tiltak = FollowUpLetterCompleteListener.TILTAK_TEKST.get(
        (String) execution.getVariable(FollowUpLetterCompleteListener.TILTAK));
    recorder.recordLetterFollowUp(caseOfInstance.of(execution).saksId(),
        user == null ? null : user.getUserId(), tiltak);
  }
}
