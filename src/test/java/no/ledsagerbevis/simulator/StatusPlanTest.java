package no.ledsagerbevis.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** One status step per configured interval since the forsendelse arrived. */
class StatusPlanTest {

  private static final OffsetDateTime MOTTATT = OffsetDateTime.parse("2026-01-01T10:00:00Z");
  private static final Duration STEG = Duration.ofSeconds(2);

  @Test
  void movesOneStepPerInterval() {
    assertThat(StatusPlan.PRINT.at(MOTTATT, STEG, MOTTATT.plusSeconds(1)).status()).isEqualTo("MOTTATT");
    assertThat(StatusPlan.PRINT.at(MOTTATT, STEG, MOTTATT.plusSeconds(2)).status()).isEqualTo("AKSEPTERT");
    assertThat(StatusPlan.PRINT.at(MOTTATT, STEG, MOTTATT.plusSeconds(5)).status()).isEqualTo("SENDT_PRINT");
    StatusPlan.Current sist = StatusPlan.PRINT.at(MOTTATT, STEG, MOTTATT.plusSeconds(60));
    assertThat(sist.status()).isEqualTo("PRINTET");
    assertThat(sist.sisteStatusEndring()).isEqualTo(MOTTATT.plusSeconds(6));
  }

  @Test
  void aZeroStepIsFinalAtOnce() {
    assertThat(StatusPlan.DIGITAL_POSTKASSE.at(MOTTATT, Duration.ZERO, MOTTATT).status()).isEqualTo("LEVERT_SDP");
  }

  @Test
  void survivesTheRoundTripThroughItsColumn() {
    assertThat(StatusPlan.parse(StatusPlan.IKKE_LEVERT.text())).isEqualTo(StatusPlan.IKKE_LEVERT);
  }
}
