package no.ledsagerbevis.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.ledsagerbevis.reliability.CaseLoad.Handler;
import no.ledsagerbevis.support.Http;
import no.ledsagerbevis.support.PostgresTestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code kill -9} of the packaged app with 100 approved cases in flight, SvarUt answering slowly so that jobs
 * die inside their SvarUt calls; the same app started again on the same database finishes every case: one
 * letter and one SMS per case in the simulator (whose tables survive with ours), no incident.
 */
class CrashReliabilityIT {

  static final int CASES = 100;

  @BeforeAll
  static void requirePostgres() {
    PostgresTestDatabase.requireServer();
  }

  @Test
  void aKilledNodeLeavesNoCaseBehindAndSendsNothingTwice() {
    PostgresTestDatabase database = PostgresTestDatabase.createFor(CrashReliabilityIT.class);
    CaseLedger ledger = new CaseLedger(database);
    ReliabilityReport report = new ReliabilityReport("CrashReliabilityIT").put("cases", CASES);
    List<String> fnrs;
    List<String> saker;
    Instant killed;
    try (AppNode node = new AppNode("crash-first", database).start()) {
      fnrs = ledger.registerPersons(20, CASES);
      saker = CaseLoad.create(fnrs, i -> i % 2 == 0 ? Handler.ina(node) : Handler.kari(node));
      slowSvarUt(node.http());
      Instant approving = Instant.now();
      CaseLoad.approve(saker, i -> i % 2 == 0 ? Handler.ina(node) : Handler.kari(node));
      report.put("approve seconds", ReliabilityReport.seconds(approving, Instant.now()));

      awaitLetters(ledger, saker, 10);
      Map<String, Integer> inFlight = ledger.lockedJobsPerActivity();
      int endedBefore = ledger.ended(saker).size();
      node.kill();
      killed = Instant.now();
      report.put("ended before kill", endedBefore).put("locked jobs at kill", inFlight);
      assertThat(endedBefore).as("cases were still in flight when the node died").isLessThan(CASES);
      assertThat(inFlight).as("jobs were running when the node died").isNotEmpty();
    }

    try (AppNode restarted = new AppNode("crash-restarted", database)) {
      restarted.start();
      Instant up = Instant.now();
      ledger.awaitEnded(saker, AppNode.LOCK_TIME.plus(Duration.ofMinutes(4)));
      Instant done = Instant.now();
      ledger.assertEveryCaseDeliveredExactlyOnce(saker, fnrs);
      report.put("restart seconds", ReliabilityReport.seconds(killed, up))
          .put("seconds from kill until every case ended", ReliabilityReport.seconds(killed, done))
          .put("lock seconds", AppNode.LOCK_TIME.toSeconds())
          .put("letters", ledger.lettersPerCase().entrySet().stream().filter(e -> saker.contains(e.getKey())).count())
          .write();
    }
  }

  /** Every SvarUt answer of this node takes 3 s (below the test's 10 s read timeout) until the node dies. */
  static void slowSvarUt(Http node) {
    Http.Response fault = node.postJson("/fiks-simulator/api/feil",
        Map.of("tjeneste", "svarut", "type", "SLOW", "forsinkelse", "PT3S"));
    assertThat(fault.status()).as(fault.body()).isEqualTo(201);
  }

  private static void awaitLetters(CaseLedger ledger, List<String> saker, int atLeast) {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
    while (ledger.lettersPerCase().keySet().stream().filter(saker::contains).count() < atLeast) {
      assertThat(Instant.now()).as("%d letters sent", atLeast).isBefore(deadline);
      CaseLoad.sleep(Duration.ofMillis(500));
    }
  }
}
