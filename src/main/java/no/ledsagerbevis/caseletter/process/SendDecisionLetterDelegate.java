package no.ledsagerbevis.caseletter.process;

import no.ledsagerbevis.caseletter.LetterDispatchService;
import no.ledsagerbevis.caseletter.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_SendDecisionLetter}: writes {@code forsendelseId}. */
@Component
public class SendDecisionLetterDelegate implements JavaDelegate {

  private final LetterDispatchService dispatch;

  SendDecisionLetterDelegate(LetterDispatchService dispatch) {
    this.dispatch = dispatch;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String forsendelseId = dispatch.send(execution.getProcessBusinessKey());
    execution.setVariable(ProcessVariables.FORSENDELSE_ID, forsendelseId);
  }
}
