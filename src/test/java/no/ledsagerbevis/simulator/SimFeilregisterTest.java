package no.ledsagerbevis.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SimFeilregisterTest {

  private final SimFeilregister register = new SimFeilregister();

  @Test
  void aCountedFaultIsUsedUpThenGone() {
    register.leggTil(SimTjeneste.VARSLING, SimFeiltype.HTTP_503, null, 2);

    assertThat(register.trekk(SimTjeneste.VARSLING)).map(SimFeilregister.Feil::type).contains(SimFeiltype.HTTP_503);
    assertThat(register.aktive()).singleElement().extracting(SimFeilregister.Feil::igjen).isEqualTo(1);
    assertThat(register.trekk(SimTjeneste.VARSLING)).isPresent();
    assertThat(register.trekk(SimTjeneste.VARSLING)).isEmpty();
    assertThat(register.aktive()).isEmpty();
  }

  @Test
  void aFaultWithoutCountStaysUntilCleared() {
    register.leggTil(SimTjeneste.SVARUT, SimFeiltype.RESET, null, null);

    for (int i = 0; i < 5; i++) {
      assertThat(register.trekk(SimTjeneste.SVARUT)).isPresent();
    }
    register.tom();
    assertThat(register.trekk(SimTjeneste.SVARUT)).isEmpty();
  }

  @Test
  void aFaultHitsOnlyItsOwnServiceAndAlleHitsEvery() {
    register.leggTil(SimTjeneste.FOLKEREGISTER, SimFeiltype.HTTP_500, null, null);

    assertThat(register.trekk(SimTjeneste.DOKUMENTLAGER)).isEmpty();
    assertThat(register.trekk(SimTjeneste.FOLKEREGISTER)).isPresent();

    register.leggTil(SimTjeneste.ALLE, SimFeiltype.MALFORMED, null, 1);
    assertThat(register.trekk(SimTjeneste.FORVALTNING)).map(SimFeilregister.Feil::type).contains(SimFeiltype.MALFORMED);
    assertThat(register.trekk(SimTjeneste.FORVALTNING)).isEmpty();
  }

  @Test
  void theOldestMatchingFaultComesFirst() {
    register.leggTil(SimTjeneste.SVARUT, SimFeiltype.HTTP_500, null, 1);
    register.leggTil(SimTjeneste.ALLE, SimFeiltype.SLOW, Duration.ofMillis(10), 1);

    assertThat(register.trekk(SimTjeneste.SVARUT)).map(SimFeilregister.Feil::type).contains(SimFeiltype.HTTP_500);
    assertThat(register.trekk(SimTjeneste.SVARUT)).map(SimFeilregister.Feil::type).contains(SimFeiltype.SLOW);
  }

  @Test
  void timeoutHoldsTenMinutesByDefaultAndSlowTheGivenDelay() {
    assertThat(register.leggTil(SimTjeneste.SVARUT, SimFeiltype.TIMEOUT, null, 1).venting()).isEqualTo(Duration.ofMinutes(10));
    assertThat(register.leggTil(SimTjeneste.SVARUT, SimFeiltype.SLOW, Duration.ofSeconds(3), 1).venting())
        .isEqualTo(Duration.ofSeconds(3));
    assertThat(register.leggTil(SimTjeneste.SVARUT, SimFeiltype.SLOW, null, 1).venting()).isZero();
  }

  @Test
  void clearingReleasesAHeldAnswer() throws Exception {
    CompletableFuture<Long> held = CompletableFuture.supplyAsync(() -> {
      long start = System.nanoTime();
      try {
        register.vent(Duration.ofMinutes(10));
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
      return System.nanoTime() - start;
    });
    Thread.sleep(200);
    assertThat(held).isNotDone();

    register.tom();

    assertThat(held.get(5, TimeUnit.SECONDS)).isLessThan(TimeUnit.SECONDS.toNanos(5));
  }

  @Test
  void servicesAreFoundByPathButNotTheControlApiTheTokenOrThePage() {
    assertThat(SimTjeneste.forSti("/fiks-simulator/api/v2/kontoer/k/forsendelser")).contains(SimTjeneste.SVARUT);
    assertThat(SimTjeneste.forSti("/fiks-simulator/folkeregister/api/v1/r/v1/personer/x")).contains(SimTjeneste.FOLKEREGISTER);
    assertThat(SimTjeneste.forSti("/fiks-simulator/dokumentlager/nedlasting/x")).contains(SimTjeneste.DOKUMENTLAGER);
    assertThat(SimTjeneste.forSti("/fiks-simulator/varsling/api/v2/sms/k/send")).contains(SimTjeneste.VARSLING);
    assertThat(SimTjeneste.forSti("/fiks-simulator/forvaltning/api/v1/kommuner/0301/organisasjon")).contains(SimTjeneste.FORVALTNING);
    assertThat(SimTjeneste.forSti("/fiks-simulator/api/feil")).isEmpty();
    assertThat(SimTjeneste.forSti("/fiks-simulator/token")).isEmpty();
    assertThat(SimTjeneste.forSti("/fiks-simulator")).isEmpty();
    assertThat(SimTjeneste.forSti("/fiks-simulator/svarut/forsendelser/x/dokumenter/0")).isEmpty();
  }
}
