package no.ledsagerbevis.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.ledsagerbevis.reliability.CaseLoad.Handler;
import no.ledsagerbevis.support.PostgresTestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two app processes on different ports share one PostgreSQL database: 200 cases, created half on each node
 * and each approved on the other node, all end with exactly one letter and one SMS, and both job executors
 * did work. Then one node is killed mid-run and the other finishes everything, the dead node's locked jobs
 * included once their lock runs out.
 */
class TwoNodesReliabilityIT {

  static final int CASES = 200;

  @BeforeAll
  static void requirePostgres() {
    PostgresTestDatabase.requireServer();
  }

  @Test
  void twoNodesShareTheWorkAndTheSurvivorFinishesTheDeadNodesShare() {
    PostgresTestDatabase database = PostgresTestDatabase.createFor(TwoNodesReliabilityIT.class);
    CaseLedger ledger = new CaseLedger(database);
    ReliabilityReport report = new ReliabilityReport("TwoNodesReliabilityIT").put("cases", CASES);
    try (AppNode a = new AppNode("node-a", database).start(); AppNode b = new AppNode("node-b", database).start()) {
      List<String> fnrs = ledger.registerPersons(21, CASES);
      AppNode[] nodes = {a, b};
      Instant start = Instant.now();
      List<String> saker = CaseLoad.create(fnrs, i -> handler(i, nodes[(i / 2) % 2]));
      CaseLoad.approve(saker, i -> handler(i, nodes[(i / 2 + 1) % 2]));
      report.put("create and approve seconds", ReliabilityReport.seconds(start, Instant.now()));

      awaitEnded(ledger, saker, CASES / 4);
      Map<String, Integer> inFlight = ledger.lockedJobsPerActivity();
      int endedBefore = ledger.ended(saker).size();
      b.kill();
      Instant killed = Instant.now();
      // Read once node-b is gone: what it committed until its last moment counts as its own.
      Map<String, Integer> jobsBeforeKill = ledger.jobsExecutedPerNode();
      report.put("ended before kill", endedBefore).put("locked jobs at kill", inFlight)
          .put("jobs per node at kill", jobsBeforeKill);
      assertThat(endedBefore).as("cases left when node-b died").isLessThan(CASES);

      ledger.awaitEnded(saker, AppNode.LOCK_TIME.plus(Duration.ofMinutes(5)));
      Instant done = Instant.now();
      ledger.assertEveryCaseDeliveredExactlyOnce(saker, fnrs);
      Map<String, Integer> jobs = ledger.jobsExecutedPerNode();
      assertThat(jobsBeforeKill.getOrDefault("node-a", 0)).as("jobs node-a ran before the kill").isPositive();
      assertThat(jobsBeforeKill.getOrDefault("node-b", 0)).as("jobs node-b ran before the kill").isPositive();
      assertThat(jobs.get("node-a")).as("node-a ran the rest").isGreaterThan(jobsBeforeKill.get("node-a"));
      assertThat(jobs.get("node-b")).as("a dead node runs nothing").isEqualTo(jobsBeforeKill.get("node-b"));
      report.put("jobs per node at end", jobs)
          .put("seconds from kill until every case ended", ReliabilityReport.seconds(killed, done))
          .put("seconds from first case until every case ended", ReliabilityReport.seconds(start, done))
          .write();
    }
  }

  /** Even cases are ina's (Avdeling 1), odd ones kari's (Avdeling 2), on the given node. */
  private static Handler handler(int i, AppNode node) {
    return i % 2 == 0 ? Handler.ina(node) : Handler.kari(node);
  }

  private static void awaitEnded(CaseLedger ledger, List<String> saker, int atLeast) {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
    while (ledger.ended(saker).size() < atLeast) {
      assertThat(Instant.now()).as("%d cases ended", atLeast).isBefore(deadline);
      CaseLoad.sleep(Duration.ofMillis(500));
    }
  }
}
