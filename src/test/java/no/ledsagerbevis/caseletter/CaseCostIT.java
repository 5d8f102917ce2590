package no.ledsagerbevis.caseletter;

import static no.ledsagerbevis.caseletter.CaseTestGroups.AVDELING_1;
import static no.ledsagerbevis.caseletter.CaseTestGroups.KOMMUNE;
import static no.ledsagerbevis.caseletter.CaseTestGroups.PASSORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * in the same database, so its commits are in the total, as are the case handler's HTTP requests. While it
 * measures, the test itself waits with fixed sleeps instead of polling the engine (each poll would be a commit).
 * Prints one line, {@code CASE COST ...} (docs/caseletter.md).
 */
@TestPropertySource(properties = "ledsagerbevis.caseletter.delivery-poll-interval=PT1S")
class CaseCostIT extends PostgresIntegrationTest {

  static final String SAKER = "/api/v1/kommuner/" + KOMMUNE + "/grupper/" + AVDELING_1 + "/saker";
  /** PostgreSQL flushes a backend's statistics at the latest this long after its last transaction. */
  static final Duration STATS_FLUSH = Duration.ofSeconds(11);
  static final int CASES = 3;
  static final List<String> TABLES = List.of("caseletter_case", "cfg_settings", "cfg_fiks_resource",
      "cfg_contact_person");

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
    CaseTestGroups.configure(processEngine, forvaltning, settings, Duration.ofSeconds(60));
    String warmUp = approve(createAndAwaitTask()); // first use of every path, cache and connection
    await().atMost(Duration.ofSeconds(90)).until(() -> historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(warmUp).finished().count() == 1);

    Thread.sleep(STATS_FLUSH.toMillis());
    long idleStart = commits();
    long idleFrom = System.nanoTime();
    Thread.sleep(Duration.ofSeconds(20).toMillis());
    double idlePerSecond = (commits() - idleStart) / seconds(idleFrom);

    long before = commits();
    Map<String, Long> keyLookupsBefore = keyLookups();
    long from = System.nanoTime();
    List<String> saksIder = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      String saksId = CaseTestCases.createWithPhoto(ina(), SAKER, "15838500002");
      Thread.sleep(Duration.ofSeconds(4).toMillis());
      approve(saksId);
      Thread.sleep(Duration.ofSeconds(12).toMillis());
      saksIder.add(saksId);
    }
    Thread.sleep(STATS_FLUSH.toMillis());
    long commits = commits() - before;
    Map<String, Long> keyLookupsAfter = keyLookups();
    double idleCommits = idlePerSecond * seconds(from);

    long jobs = 0;
    long polls = 0;
    long jobLogRows = 0;
    for (String saksId : saksIder) {
      HistoricProcessInstance finished = historicInstance(saksId);
      assertThat(finished.getEndActivityId()).as("ended within the wait").isEqualTo("EndEvent_LetterDelivered");
      jobs += historyService.createHistoricJobLogQuery().processInstanceId(finished.getId()).successLog().count();
      jobLogRows += historyService.createHistoricJobLogQuery().processInstanceId(finished.getId()).count();
      polls += historyService.createHistoricJobLogQuery().processInstanceId(finished.getId()).successLog()
          .activityIdIn("Event_WaitForDeliveryStatus", "Task_TrackDelivery").count();
    }
    System.out.printf("CASE COST per case over %d cases: jobs=%.1f (of which polls=%.1f) jobLogRows=%.1f"
            + " commits=%.1f (idle job executor %.1f/s subtracted: %.1f)%n", CASES, jobs / (double) CASES,
        polls / (double) CASES, jobLogRows / (double) CASES, (commits - idleCommits) / CASES, idlePerSecond,
        idleCommits / CASES);
    for (String table : TABLES) {
      System.out.printf("CASE COST per case: %s %.1f index scans (reads and updates by key)%n", table,
          (keyLookupsAfter.get(table) - keyLookupsBefore.get(table)) / (double) CASES);
    }
    assertThat(jobs - polls).as("one job per save point: look-up, photo, certificate, SMS, letter, send")
        .isEqualTo(6L * CASES);
  }

  private String createAndAwaitTask() {
    String saksId = CaseTestCases.createWithPhoto(ina(), SAKER, "15838500002");
    await().atMost(Duration.ofSeconds(60)).until(() -> processEngine.getTaskService().createTaskQuery()
        .processInstanceBusinessKey(saksId).taskDefinitionKey("Task_AssessApplication").count() == 1);
    return saksId;
  }

  private HistoricProcessInstance historicInstance(String saksId) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(saksId).singleResult();
  }

  /** As the case handler: the task from engine-rest, completed with an approval. */
  private String approve(String saksId) {
    Http ina = ina();
    JsonNode tasks = ina.get("/engine-rest/task?processInstanceBusinessKey=" + saksId
        + "&taskDefinitionKey=Task_AssessApplication&firstResult=0&maxResults=10").json();
    Http.Response completed = ina.postJson("/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete",
        Map.of("variables", Map.of("vedtak", Map.of("value", "INNVILGET"),
            "antallLedsagere", Map.of("value", 1, "type", "Long"),
            "utlopsdato", Map.of("value", LocalDate.now().plusYears(2).toString()))));
    assertThat(completed.status()).as(completed.body()).isEqualTo(204);
    return saksId;
  }

  private Http ina() {
    return as("ina", PASSORD);
  }

  /** Index scans per table: each read or update of a case row or settings row by its key is one. */
  private Map<String, Long> keyLookups() {
    Map<String, Long> scans = new java.util.HashMap<>();
    for (String table : TABLES) {
      scans.put(table, jdbc.sql("SELECT COALESCE(idx_scan, 0) FROM pg_stat_user_tables WHERE relname = :t")
          .param("t", table).query(Long.class).single());
    }
    return scans;
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
