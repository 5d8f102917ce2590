package no.ledsagerbevis.caseletter;

import static no.ledsagerbevis.caseletter.CaseTestGroups.AVDELING_1;
import static no.ledsagerbevis.caseletter.CaseTestGroups.KOMMUNE;
import static no.ledsagerbevis.caseletter.CaseTestGroups.PASSORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import no.ledsagerbevis.access.MunicipalityAccess;
import no.ledsagerbevis.configuration.MunicipalitySettingsService;
import no.ledsagerbevis.fiks.forvaltning.ForvaltningClient;
import no.ledsagerbevis.support.Http;
import no.ledsagerbevis.support.PostgresIntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * What one approved case costs on PostgreSQL, end to end (API, look-up, assessment through engine-rest, photo,
 * certificate, SMS, letter, send, polls until delivered): jobs from the engine's job log and database commits
 * from {@code pg_stat_database}, less the idle rate of the job executor measured just before. The simulator runs
 * in the same database, so its commits are in the total. Prints one line, {@code CASE COST ...} (docs/caseletter.md).
 */
@TestPropertySource(properties = "ledsagerbevis.caseletter.delivery-poll-interval=PT1S")
class CaseCostIT extends PostgresIntegrationTest {

  static final String SAKER = "/api/v1/kommuner/" + KOMMUNE + "/grupper/" + AVDELING_1 + "/saker";
  /** PostgreSQL flushes a backend's statistics at the latest this long after its last transaction. */
  static final Duration STATS_FLUSH = Duration.ofSeconds(11);

  @Autowired MunicipalityAccess municipalityAccess;
  @Autowired MunicipalitySettingsService settings;
  @Autowired ForvaltningClient forvaltning;
  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired JdbcClient jdbc;

  @Test
  void oneApprovedCaseEndToEnd() throws InterruptedException {
    CaseTestGroups.ensure(municipalityAccess, asAdmin());
    new DemoConfiguration(forvaltning, runtimeService, processEngine.getTaskService()).configure(KOMMUNE, "Oslo");
    await().atMost(Duration.ofSeconds(60)).until(() -> settings.find(KOMMUNE)
        .filter(s -> s.registerRolleId() != null && s.dokumentlagerKontoId() != null && s.varslingKontoId() != null)
        .isPresent());
    approvedToTheEnd(); // warm-up: first use of every path, cache and connection

    Thread.sleep(STATS_FLUSH.toMillis());
    long idleStart = commits();
    long idleFrom = System.nanoTime();
    Thread.sleep(Duration.ofSeconds(15).toMillis());
    double idlePerSecond = (commits() - idleStart) / seconds(idleFrom);

    long before = commits();
    long from = System.nanoTime();
    HistoricProcessInstance finished = approvedToTheEnd();
    double busySeconds = seconds(from);
    Thread.sleep(STATS_FLUSH.toMillis());
    long commits = commits() - before;
    double idleCommits = idlePerSecond * (busySeconds + STATS_FLUSH.toSeconds());

    long jobs = historyService.createHistoricJobLogQuery().processInstanceId(finished.getId()).successLog().count();
    long jobLogRows = historyService.createHistoricJobLogQuery().processInstanceId(finished.getId()).count();
    long polls = historyService.createHistoricJobLogQuery().processInstanceId(finished.getId()).successLog()
        .activityIdIn("Event_WaitForDeliveryStatus", "Task_TrackDelivery").count();
    System.out.printf("CASE COST jobs=%d (of which polls=%d) jobLogRows=%d commits=%d idleCommits=%.1f"
            + " commitsLessIdle=%.1f seconds=%.1f%n", jobs, polls, jobLogRows, commits, idleCommits,
        commits - idleCommits, busySeconds);
    assertThat(finished.getEndActivityId()).isEqualTo("EndEvent_LetterDelivered");
    assertThat(jobs - polls).as("one job per save point: look-up, photo, certificate, SMS, letter, send").isEqualTo(6);
  }

  private HistoricProcessInstance approvedToTheEnd() {
    Http ina = as("ina", PASSORD);
    String saksId = CaseTestCases.createWithPhoto(ina, SAKER, "15838500002");
    await().atMost(Duration.ofSeconds(60)).until(() -> processEngine.getTaskService().createTaskQuery()
        .processInstanceBusinessKey(saksId).taskDefinitionKey("Task_AssessApplication").count() == 1);
    JsonNode tasks = ina.get("/engine-rest/task?processInstanceBusinessKey=" + saksId
        + "&taskDefinitionKey=Task_AssessApplication&firstResult=0&maxResults=10").json();
    Http.Response completed = ina.postJson("/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete",
        Map.of("variables", Map.of("vedtak", Map.of("value", "INNVILGET"),
            "antallLedsagere", Map.of("value", 1, "type", "Long"),
            "utlopsdato", Map.of("value", LocalDate.now().plusYears(2).toString()))));
    assertThat(completed.status()).as(completed.body()).isEqualTo(204);
    return await().atMost(Duration.ofSeconds(90)).until(() -> historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(saksId).finished().singleResult(), p -> p != null);
  }

  private long commits() {
    jdbc.sql("SELECT pg_stat_clear_snapshot()").query().singleValue();
    return jdbc.sql("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()")
        .query(Long.class).single();
  }

  private static double seconds(long fromNanos) {
    return (System.nanoTime() - fromNanos) / 1e9;
  }
}
