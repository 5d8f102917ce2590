package no.ledsagerbevis.caseletter.process;

import no.ledsagerbevis.caseletter.DeliveryStatus;
import no.ledsagerbevis.caseletter.DeliveryTrackingService;
import no.ledsagerbevis.caseletter.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_TrackDelivery}: one status poll; writes {@code leveringsstatus} for the gateway. */
@Component
public class TrackDeliveryDelegate implements JavaDelegate {

  private final DeliveryTrackingService tracking;

  TrackDeliveryDelegate(DeliveryTrackingService tracking) {
    this.tracking = tracking;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DeliveryStatus status = tracking.poll(execution.getProcessBusinessKey());
    execution.setVariable(ProcessVariables.LEVERINGSSTATUS, status.name());
  }
}
