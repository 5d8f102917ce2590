package no.ledsagerbevis.caseletter.process;

import java.time.Duration;
import no.ledsagerbevis.caseletter.DeliveryPolling;
import no.ledsagerbevis.caseletter.DeliveryTrackingService;
import no.ledsagerbevis.caseletter.FollowUpReason;
import no.ledsagerbevis.caseletter.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordNoFinalStatus}, in the give-up timer's job: the case history says why the letter goes to a
 * case handler, and {@code Task_FollowUpLetter} learns the reason through {@code oppfolgingsgrunn}.
 */
@Component("recordNoFinalStatusDelegate")
class RecordNoFinalStatusDelegate implements JavaDelegate {

  private final DeliveryTrackingService tracking;
  private final DeliveryPolling polling;

  RecordNoFinalStatusDelegate(DeliveryTrackingService tracking, DeliveryPolling polling) {
    this.tracking = tracking;
    this.polling = polling;
  }

  @Override
  public void execute(DelegateExecution execution) {
    tracking.recordNoFinalStatus(execution.getProcessBusinessKey(), Duration.parse(polling.getMaxWait()).toDays());
    execution.setVariable(ProcessVariables.OPPFOLGINGSGRUNN, FollowUpReason.INGEN_ENDELIG_STATUS.name());
  }
}
