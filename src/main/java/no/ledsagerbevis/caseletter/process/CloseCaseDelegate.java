package no.ledsagerbevis.caseletter.process;

import no.ledsagerbevis.caseletter.DecisionRecorder;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_CloseCase}: the case ends without a decision. */
@Component
public class CloseCaseDelegate implements JavaDelegate {

  private final DecisionRecorder recorder;

  CloseCaseDelegate(DecisionRecorder recorder) {
    this.recorder = recorder;
  }

  @Override
  public void execute(DelegateExecution execution) {
    recorder.close(execution.getProcessBusinessKey());
  }
}
