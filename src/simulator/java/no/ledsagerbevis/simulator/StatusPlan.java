package no.ledsagerbevis.simulator;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * The statuses a forsendelse (or an SMS) passes through, decided when it arrives, and where it is now:
 * one step per {@code status-step} since it arrived. Deterministic, with no background job.
 */
record StatusPlan(List<String> statuser) {

  static final StatusPlan DIGITAL_POSTKASSE = of("MOTTATT", "AKSEPTERT", "LEVERT_SDP");
  static final StatusPlan PRINT = of("MOTTATT", "AKSEPTERT", "SENDT_PRINT", "PRINTET");
  static final StatusPlan IKKE_LEVERT = of("MOTTATT", "AKSEPTERT", "IKKE_LEVERT");
  /** An organisation (a municipality's postmottak) fetches the letter into its archive. */
  static final StatusPlan ORGANISASJON = of("MOTTATT", "AKSEPTERT", "KLAR_FOR_MOTTAK", "LEST");
  static final StatusPlan SMS_LEVERT = of("OPPRETTET", "SENDT", "LEVERT");

  static StatusPlan of(String... statuser) {
    return new StatusPlan(List.of(statuser));
  }

  static StatusPlan parse(String text) {
    return new StatusPlan(Arrays.asList(text.split(",")));
  }

  String text() {
    return String.join(",", statuser);
  }

  Current at(OffsetDateTime mottatt, Duration step, OffsetDateTime now) {
    int index = statuser.size() - 1;
    if (!step.isZero() && !step.isNegative()) {
      long steps = Duration.between(mottatt, now).toMillis() / step.toMillis();
      index = (int) Math.min(Math.max(steps, 0), statuser.size() - 1);
    }
    return new Current(statuser.get(index), mottatt.plus(step.isNegative() ? Duration.ZERO : step.multipliedBy(index)));
  }

  record Current(String status, OffsetDateTime sisteStatusEndring) {
  }
}
