package no.ledsagerbevis.caseletter;

import static no.ledsagerbevis.caseletter.CaseTestGroups.AVDELING_1;
import static no.ledsagerbevis.caseletter.CaseTestGroups.KOMMUNE;
import static no.ledsagerbevis.caseletter.CaseTestGroups.PASSORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import no.ledsagerbevis.access.MunicipalityAccess;
import no.ledsagerbevis.configuration.MunicipalitySettingsService;
import no.ledsagerbevis.fiks.forvaltning.ForvaltningClient;
import no.ledsagerbevis.support.Http;
import no.ledsagerbevis.support.PostgresIntegrationTest;
import no.ledsagerbevis.support.SyntheticNumbers;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The collapse of issue 13 cannot recur: a small pool (6), every Fiks answer 2 s late, and 20 cases created and
 * approved. {@code -Dslowfiks.delay=PT10S} runs it with every answer 10 s late (about 15 minutes; docs/benchmarks.md). The job executor's threads hold their connections through the slow calls, but they are bounded
 * (ConnectionBudgetGuard), so the case API keeps answering fast, no job fails and every case ends.
 *
 * <p>With the old settings (Camunda's 10 job threads, Hikari's 30 s connection timeout, the guard switched off)
 * this test failed while the simulator still shared the app's pool: a task completion waited 30 s and answered
 * 500, "Connection is not available (total=6, active=6, idle=0, waiting=8)".
 */
@TestPropertySource(properties = {
    "spring.datasource.hikari.maximum-pool-size=6",
    "camunda.bpm.job-execution.core-pool-size=2",
    "camunda.bpm.job-execution.max-pool-size=2",
    "camunda.bpm.job-execution.queue-capacity=2",
    "camunda.bpm.job-execution.max-jobs-per-acquisition=2",
    "ledsagerbevis.database.api-reserve=1",
    "ledsagerbevis.fiks.simulator.svarforsinkelse=${slowfiks.delay:PT2S}",
    "ledsagerbevis.caseletter.delivery-poll-interval=PT1S"
})
class SlowFiksSmallPoolIT extends PostgresIntegrationTest {

  static final String SAKER = "/api/v1/kommuner/" + KOMMUNE + "/grupper/" + AVDELING_1 + "/saker";
  static final int CASES = 20;
  static final int BASELINE_CASES = 4;
  /**
   * Issue 13's target is 500 ms. On a machine busy with other work the same calls are slower even without any
   * job running, so the limit is at least three times their p95 measured with the job executor stopped. A starved
   * pool makes a call wait for Hikari's connection timeout (10 s) or fail: far above either.
   */
  static final long TARGET_P95_MS = 500;
  static final int BASELINE_FACTOR = 3;
  /** How late the simulator answers; the waits for the cases grow with it. */
  static final Duration DELAY = Duration.parse(System.getProperty("slowfiks.delay", "PT2S"));
  static final long SLOWER = Math.max(1, DELAY.toSeconds() / 2);

  @Autowired MunicipalityAccess municipalityAccess;
  @Autowired MunicipalitySettingsService settings;
  @Autowired ForvaltningClient forvaltning;
  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;

  @Test
  void theCaseApiStaysFastAndEveryCaseEndsWhileFiksAnswersLate() throws Exception {
    CaseTestGroups.ensure(municipalityAccess, asAdmin());
    CaseTestGroups.configure(processEngine, forvaltning, settings, Duration.ofSeconds(120));

    JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getJobExecutor();
    jobExecutor.shutdown();
    List<String> numbers = SyntheticNumbers.bornOn("158385", CASES);
    List<String> saker = Collections.synchronizedList(new ArrayList<>());
    List<Long> baselinePost = new ArrayList<>();
    List<Long> baselineGet = new ArrayList<>();
    for (String fnr : numbers.subList(0, BASELINE_CASES)) {
      saker.add(create(fnr, baselinePost));
      for (int i = 0; i < 5; i++) {
        baselineGet.add(millis(() -> assertThat(ina().get(SAKER + "/" + saker.get(0)).status()).isEqualTo(200)));
      }
    }
    long postLimit = Math.max(TARGET_P95_MS, BASELINE_FACTOR * p95(baselinePost));
    long getLimit = Math.max(TARGET_P95_MS, BASELINE_FACTOR * p95(baselineGet));
    jobExecutor.start();

    List<Long> postMillis = Collections.synchronizedList(new ArrayList<>());
    List<Long> getMillis = Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean running = new AtomicBoolean(true);
    List<Integer> getStatuses = Collections.synchronizedList(new ArrayList<>());
    Thread reader = new Thread(() -> {
      while (running.get()) {
        long start = System.nanoTime();
        int status = ina().get(SAKER + "/" + saker.get(saker.size() - 1)).status();
        getMillis.add((System.nanoTime() - start) / 1_000_000);
        getStatuses.add(status);
        sleep(100);
      }
    }, "case-reader");
    reader.start();

    long started = System.nanoTime();
    // One new case every 2 s while the earlier ones are approved as their tasks appear, so that the POSTs are
    // spread over the run.
    Iterator<String> toCreate = numbers.subList(BASELINE_CASES, CASES).iterator();
    AtomicLong nextCreate = new AtomicLong(System.nanoTime());
    Set<String> approved = new LinkedHashSet<>();
    await().atMost(Duration.ofMinutes(8 * SLOWER)).pollInterval(Duration.ofMillis(200)).until(() -> {
      if (toCreate.hasNext() && System.nanoTime() >= nextCreate.get()) {
        saker.add(create(toCreate.next(), postMillis));
        nextCreate.set(System.nanoTime() + 2_000_000_000L);
      }
      for (String saksId : List.copyOf(saker)) {
        if (!approved.contains(saksId) && approve(saksId)) {
          approved.add(saksId);
        }
      }
      return approved.size() == CASES;
    });
    await().atMost(Duration.ofMinutes(6 * SLOWER)).pollInterval(Duration.ofSeconds(1)).until(() ->
        historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKeyIn(saker.toArray(String[]::new))
            .finished().count() == CASES);
    double seconds = (System.nanoTime() - started) / 1e9;
    running.set(false);
    reader.join();

    long p95Post = p95(postMillis);
    long p95Get = p95(getMillis);
    System.out.printf("SlowFiksSmallPoolIT: Fiks %s late, %d cases in %.0f s; idle: POST case p95 %d ms, GET case p95 %d ms;"
        + " under load: POST case p95 %d ms (max %d, limit %d), GET case p95 %d ms (max %d, limit %d, %d samples)%n",
        DELAY, CASES, seconds, p95(baselinePost), p95(baselineGet), p95Post, Collections.max(postMillis), postLimit, p95Get,
        Collections.max(getMillis), getLimit, getMillis.size());

    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKeyIn(saker.toArray(String[]::new))
        .finished().list()).allSatisfy(p -> assertThat(p.getEndActivityId()).isEqualTo("EndEvent_LetterDelivered"));
    assertThat(runtimeService.createIncidentQuery().count()).as("open incidents").isZero();
    assertThat(historyService.createHistoricIncidentQuery().count()).as("incidents ever").isZero();
    assertThat(managementService.createJobQuery().withException().count()).as("failed jobs").isZero();
    assertThat(getStatuses).as("every read of the case answered").containsOnly(200);
    assertThat(getMillis).as("the reader ran through the load").hasSizeGreaterThan(50);
    assertThat(p95Get).as("GET case p95 (ms)").isLessThan(getLimit);
    assertThat(p95Post).as("POST case p95 (ms)").isLessThan(postLimit);
  }

  /** POST case (the measured call), then its photo. */
  private String create(String fnr, List<Long> postMillis) {
    long start = System.nanoTime();
    Http.Response created = ina().postJson(SAKER, Map.of("fnr", fnr, "telefonnummer", "91234567",
        "antallLedsagere", 1, "referansenummer", "LAST"));
    postMillis.add((System.nanoTime() - start) / 1_000_000);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String saksId = created.json().get("saksId").asText();
    try {
      assertThat(ina().send("PUT", SAKER + "/" + saksId + "/bilde", "image/png", CaseApiTest.png()).status()).isEqualTo(204);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    return saksId;
  }

  private static long millis(Runnable call) {
    long start = System.nanoTime();
    call.run();
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** Completes the assessment as ina through engine-rest once its task is there; false while it is not. */
  private boolean approve(String saksId) {
    Task task = processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(saksId)
        .taskDefinitionKey("Task_AssessApplication").singleResult();
    if (task == null) {
      return false;
    }
    Http.Response completed = ina().postJson("/engine-rest/task/" + task.getId() + "/complete", Map.of("variables", Map.of(
        "vedtak", Map.of("value", "INNVILGET"),
        "antallLedsagere", Map.of("value", 1, "type", "Long"),
        "utlopsdato", Map.of("value", LocalDate.now().plusYears(2).toString()))));
    assertThat(completed.status()).as(completed.body()).isEqualTo(204);
    return true;
  }

  private static long p95(List<Long> millis) {
    List<Long> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    return sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Http ina() {
    return as("ina", PASSORD);
  }
}
