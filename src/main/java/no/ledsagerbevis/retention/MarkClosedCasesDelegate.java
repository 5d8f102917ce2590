package no.ledsagerbevis.retention;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_MarkClosedCases}. */
@Component
class MarkClosedCasesDelegate implements JavaDelegate {

  private final RetentionService retention;

  MarkClosedCasesDelegate(RetentionService retention) {
    this.retention = retention;
  }

  @Override
  public void execute(DelegateExecution execution) {
    retention.markClosedCases();
  }
}
