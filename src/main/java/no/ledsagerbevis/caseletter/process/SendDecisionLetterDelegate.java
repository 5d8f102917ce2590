package no.ledsagerbevis.caseletter.process;

import no.ledsagerbevis.caseletter.LetterDispatchService;
import no.ledsagerbevis.caseletter.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** {@code Task_SendDecisionLetter}: writes {@code forsendelseId} and {@code brevSendt} (the polls back off from it). */
@Component
public class SendDecisionLetterDelegate implements JavaDelegate {

  private final CaseOfInstance caseOfInstance;
  private final LetterDispatchService dispatch;

  SendDecisionLetterDelegate(CaseOfInstance caseOfInstance, LetterDispatchService dispatch) {
    this.caseOfInstance = caseOfInstance;
    this.dispatch = dispatch;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String forsendelseId = dispatch.send(caseOfInstance.of(execution));
    execution.setVariable(ProcessVariables.FORSENDELSE_ID, forsendelseId);
    execution.setVariable(ProcessVariables.BREV_SENDT, ClockUtil.getCurrentTime().toInstant().toString());
  }
}
