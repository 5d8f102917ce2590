package no.ledsagerbevis.caseletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeliveryPollingTest {

  static final Instant SENT = Instant.parse("2026-12-04T10:00:00Z");
  final DeliveryPolling polling = new DeliveryPolling(Duration.ofSeconds(15), Duration.ofMinutes(5), Duration.ofDays(14));

  @Test
  void theFirstPollComesSoonAndEachWaitIsAsLongAsTheLetterHasBeenOutUpToTheInterval() {
    assertThat(polling.nextWait(SENT, SENT)).isEqualTo(Duration.ofSeconds(15));
    assertThat(polling.nextWait(SENT, SENT.plusSeconds(15))).isEqualTo(Duration.ofSeconds(15));
    assertThat(polling.nextWait(SENT, SENT.plusSeconds(30))).isEqualTo(Duration.ofSeconds(30));
    assertThat(polling.nextWait(SENT, SENT.plusSeconds(120))).isEqualTo(Duration.ofSeconds(120));
    assertThat(polling.nextWait(SENT, SENT.plusSeconds(240))).isEqualTo(Duration.ofMinutes(4));
    assertThat(polling.nextWait(SENT, SENT.plus(Duration.ofDays(3)))).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void withoutASendingTimeItWaitsTheInterval() {
    assertThat(polling.nextWait(null, SENT)).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void aFirstPollLongerThanTheIntervalIsTheInterval() {
    DeliveryPolling fast = new DeliveryPolling(Duration.ofSeconds(15), Duration.ofSeconds(1), Duration.ofDays(14));
    assertThat(fast.nextWait(SENT, SENT)).isEqualTo(Duration.ofSeconds(1));
    assertThat(fast.nextWait(SENT, SENT.plusSeconds(60))).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void theTimersReadIso8601AndNonPositiveDurationsAreRefused() {
    assertThat(polling.getMaxWait()).isEqualTo("PT336H");
    assertThat(polling.getInterval()).isEqualTo("PT5M");
    assertThatThrownBy(() -> new DeliveryPolling(Duration.ZERO, Duration.ofMinutes(5), Duration.ofDays(14)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
