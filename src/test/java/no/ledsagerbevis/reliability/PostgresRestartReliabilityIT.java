package no.ledsagerbevis.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.ledsagerbevis.reliability.CaseLoad.Handler;
import no.ledsagerbevis.support.Http;
import no.ledsagerbevis.support.PostgresTestDatabase;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL server restarts while the packaged app is looking up 40 new cases in a slow folkeregister
 * (2 s an answer, so look-ups are surely running): the app is not restarted, its health is UP again soon after the server is, and every case comes through to
 * its letter with nothing sent twice. This restarts the whole local server (a few seconds), so other tests
 * running at the same moment on it lose their connections; the test waits until the server answers again.
 */
class PostgresRestartReliabilityIT {

  static final int CASES = 40;
  static final String RESTART = "pg_ctlcluster --skip-systemctl-redirect \"$(ls /etc/postgresql | head -n 1)\" main restart";

  @BeforeAll
  static void requireLocalServer() {
    PostgresTestDatabase.requireServer();
    Assumptions.assumeTrue(run("command -v pg_ctlcluster && test -d /etc/postgresql") == 0,
        "needs the local Debian PostgreSQL cluster (pg_ctlcluster) to restart it");
  }

  @Test
  void theAppRidesOutAServerRestartWithoutLosingACase() {
    PostgresTestDatabase database = PostgresTestDatabase.createFor(PostgresRestartReliabilityIT.class);
    CaseLedger ledger = new CaseLedger(database);
    ReliabilityReport report = new ReliabilityReport("PostgresRestartReliabilityIT").put("cases", CASES);
    try (AppNode node = new AppNode("pg-restart", database).start()) {
      List<String> fnrs = ledger.registerPersons(22, CASES);
      Http.Response slow = node.http().postJson("/fiks-simulator/api/feil",
          Map.of("tjeneste", "folkeregister", "type", "SLOW", "forsinkelse", "PT2S"));
      assertThat(slow.status()).as(slow.body()).isEqualTo(201);
      List<String> saker = CaseLoad.create(fnrs, i -> i % 2 == 0 ? Handler.ina(node) : Handler.kari(node));

      Map<String, Integer> inFlight = ledger.lockedJobsPerActivity();
      report.put("locked jobs at restart", inFlight);
      assertThat(inFlight).as("jobs running when the server restarts").isNotEmpty();
      Instant restarting = Instant.now();
      assertThat(run(RESTART)).as(RESTART).isZero();
      awaitServer();
      Instant serverBack = Instant.now();
      Instant healthy = awaitHealthUp(node.http());
      report.put("server restart seconds", ReliabilityReport.seconds(restarting, serverBack))
          .put("seconds from server back until health UP", ReliabilityReport.seconds(serverBack, healthy));

      CaseLoad.approve(saker, i -> i % 2 == 0 ? Handler.ina(node) : Handler.kari(node));
      // A job cut off by the restart runs again after its retry interval (look-up: 1 min) or lock (120 s).
      ledger.awaitEnded(saker, AppNode.LOCK_TIME.plus(Duration.ofMinutes(3)));
      ledger.assertEveryCaseDeliveredExactlyOnce(saker, fnrs);
      assertThat(node.alive()).as("the app kept running").isTrue();
      report.put("seconds from restart until every case ended", ReliabilityReport.seconds(restarting, Instant.now()))
          .write();
    }
  }

  private static void awaitServer() {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (run("pg_isready -h 127.0.0.1 -p 5432 -q") != 0) {
      assertThat(Instant.now()).as("PostgreSQL back within 60 s").isBefore(deadline);
      CaseLoad.sleep(Duration.ofMillis(200));
    }
  }

  private static Instant awaitHealthUp(Http node) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (true) {
      try {
        Http.Response health = node.get("/actuator/health/readiness");
        if (health.status() == 200 && health.body().contains("\"UP\"")) {
          return Instant.now();
        }
      } catch (RuntimeException e) {
        // the app answers again in a moment
      }
      assertThat(Instant.now()).as("health UP within 90 s after the server").isBefore(deadline);
      CaseLoad.sleep(Duration.ofMillis(200));
    }
  }

  private static int run(String shell) {
    try {
      Process process = new ProcessBuilder("bash", "-c", shell).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (!process.waitFor(90, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return -1;
      }
      return process.exitValue();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }
}
