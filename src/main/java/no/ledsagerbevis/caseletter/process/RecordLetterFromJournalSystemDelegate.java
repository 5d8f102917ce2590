package no.ledsagerbevis.caseletter.process;

import no.ledsagerbevis.caseletter.DecisionRecorder;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordLetterFromJournalSystem}: the history says the municipality sends the letter itself. */
@Component
public class RecordLetterFromJournalSystemDelegate implements JavaDelegate {

  private final DecisionRecorder recorder;

  RecordLetterFromJournalSystemDelegate(DecisionRecorder recorder) {
    this.recorder = recorder;
  }

  @Override
  public void execute(DelegateExecution execution) {
    recorder.recordLetterFromJournalSystem(execution.getProcessBusinessKey());
  }
}
