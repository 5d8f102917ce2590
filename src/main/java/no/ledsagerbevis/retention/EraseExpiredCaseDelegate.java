package no.ledsagerbevis.retention;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_EraseExpiredCase}, one inner instance per case. */
@Component
class EraseExpiredCaseDelegate implements JavaDelegate {

  private final RetentionService retention;

  EraseExpiredCaseDelegate(RetentionService retention) {
    this.retention = retention;
  }

  @Override
  public void execute(DelegateExecution execution) {
    retention.eraseExpired((String) execution.getVariable(RetentionProcess.SAKS_ID));
  }
}
