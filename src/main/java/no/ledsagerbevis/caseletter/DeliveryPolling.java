package no.ledsagerbevis.caseletter;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long {@code Event_WaitForDeliveryStatus} waits between two SvarUt status polls; the BPMN reads
 * {@code ${deliveryPolling.interval}}. Property {@code ledsagerbevis.caseletter.delivery-poll-interval}.
 */
@Component("deliveryPolling")
public class DeliveryPolling {

  private final Duration interval;

  DeliveryPolling(@Value("${ledsagerbevis.caseletter.delivery-poll-interval:PT5M}") Duration interval) {
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("ledsagerbevis.caseletter.delivery-poll-interval must be positive");
    }
    this.interval = interval;
  }

  /** ISO 8601, for the timer's timeDuration. */
  public String getInterval() {
    return interval.toString();
  }
}
