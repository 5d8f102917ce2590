package no.ledsagerbevis.caseletter;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When {@code Event_WaitForDeliveryStatus} asks SvarUt next, and when {@code BoundaryEvent_DeliveryMaxWait} gives up.
 * The waits back off: the first poll comes {@code delivery-first-poll} after sending (most letters are delivered
 * within minutes), and each later wait is as long as the letter has been out, up to {@code delivery-poll-interval}.
 * So a letter is asked about at about 1, 2, 4, 8 … times the first wait, then at the interval. No counter is kept:
 * the wait follows from {@code brevSendt} and the clock, so a poll that changes nothing writes nothing.
 */
@Component("deliveryPolling")
public class DeliveryPolling {

  private final Duration firstPoll;
  private final Duration interval;
  private final Duration maxWait;

  DeliveryPolling(@Value("${ledsagerbevis.caseletter.delivery-first-poll:PT15S}") Duration firstPoll,
      @Value("${ledsagerbevis.caseletter.delivery-poll-interval:PT5M}") Duration interval,
      @Value("${ledsagerbevis.caseletter.delivery-max-wait:P14D}") Duration maxWait) {
    if (!positive(firstPoll) || !positive(interval) || !positive(maxWait)) {
      throw new IllegalArgumentException("ledsagerbevis.caseletter.delivery-first-poll, delivery-poll-interval and"
          + " delivery-max-wait must be positive");
    }
    this.firstPoll = firstPoll.compareTo(interval) > 0 ? interval : firstPoll;
    this.interval = interval;
    this.maxWait = maxWait;
  }

  /** For the poll timer's timeDuration: ISO 8601. */
  public String nextWait(DelegateExecution execution) {
    return nextWait(sentAt(execution), ClockUtil.getCurrentTime().toInstant()).toString();
  }

  Duration nextWait(Instant sent, Instant now) {
    if (sent == null) {
      return interval;
    }
    Duration out = Duration.between(sent, now);
    if (out.compareTo(firstPoll) < 0) {
      return firstPoll;
    }
    return out.compareTo(interval) > 0 ? interval : out;
  }

  /** For the give-up timer's timeDuration: ISO 8601. */
  public String getMaxWait() {
    return maxWait.toString();
  }

  /**
   * The fixed wait of the version before the back-off ({@code ${deliveryPolling.interval}}), for an instance
   * still on that version.
   */
  public String getInterval() {
    return interval.toString();
  }

  private static Instant sentAt(DelegateExecution execution) {
    Object sent = execution.getVariable(ProcessVariables.BREV_SENDT);
    try {
      return sent instanceof String s ? Instant.parse(s) : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static boolean positive(Duration d) {
    return !d.isNegative() && !d.isZero();
  }
}
