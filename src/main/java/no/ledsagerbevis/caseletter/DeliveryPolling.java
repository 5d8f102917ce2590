package no.ledsagerbevis.caseletter;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long {@code Event_WaitForDeliveryStatus} waits between two SvarUt status polls (the BPMN reads
 * {@code ${deliveryPolling.interval}}; property {@code ledsagerbevis.caseletter.delivery-poll-interval}),
 * and how long a letter may go without a final status before a case handler must follow it up
 * ({@code ledsagerbevis.caseletter.delivery-max-wait}).
 */
@Component("deliveryPolling")
public class DeliveryPolling {

  private final Duration interval;
  private final Duration maxWait;

  DeliveryPolling(@Value("${ledsagerbevis.caseletter.delivery-poll-interval:PT5M}") Duration interval,
      @Value("${ledsagerbevis.caseletter.delivery-max-wait:P14D}") Duration maxWait) {
    if (interval.isNegative() || interval.isZero() || maxWait.isNegative() || maxWait.isZero()) {
      throw new IllegalArgumentException("ledsagerbevis.caseletter.delivery-poll-interval and delivery-max-wait must be positive");
    }
    this.interval = interval;
    this.maxWait = maxWait;
  }

  public Duration maxWait() {
    return maxWait;
  }

  /** ISO 8601, for the timer's timeDuration. */
  public String getInterval() {
    return interval.toString();
  }
}
