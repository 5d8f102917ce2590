package no.ledsagerbevis.caseletter.process;

import no.ledsagerbevis.caseletter.DeliveryStatus;
import no.ledsagerbevis.caseletter.DeliveryTrackingService;
import no.ledsagerbevis.caseletter.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_TrackDelivery}, in the poll timer's job: one status poll. {@code leveringsstatus} is written only
 * when it changes, so that the many polls of a letter on its way leave no history behind.
 */
@Component
public class TrackDeliveryDelegate implements JavaDelegate {

  private final DeliveryTrackingService tracking;

  TrackDeliveryDelegate(DeliveryTrackingService tracking) {
    this.tracking = tracking;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String status = tracking.poll(execution.getProcessBusinessKey()).name();
    if (!status.equals(execution.getVariable(ProcessVariables.LEVERINGSSTATUS))) {
      execution.setVariable(ProcessVariables.LEVERINGSSTATUS, status);
    }
  }
}
