package no.ledsagerbevis.benchmark;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import no.ledsagerbevis.benchmark.sqlcount.SqlCounter;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.yaml.snakeyaml.Yaml;

/**
 * Scenario 2: a bare Camunda engine (this JVM, no Spring, no authorization) on its own PostgreSQL database, with a
 * process of as many async save points around one user task as the case process, no-op delegates, the job executor
 * and connection pool sized as the application's, four threads starting and four completing.
 */
final class BareEngineScenario {

  static final String PROCESS_KEY = "bench-bare";

  record Result(int instances, double seconds, SavePoints savePoints, double jobsPerInstance, double commitsPerInstance,
      double statementsPerInstance, String engineSettings, CpuMeter.Use cpu, List<String> errors) {

    double instancesPerSecond() {
      return instances / seconds;
    }
  }

  /** The no-op delegate of every service task. */
  public static class NoOp implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) {
      // the engine's own cost only
    }
  }

  private final Pg pg;
  private final BenchmarkSettings settings;

  BareEngineScenario(Pg pg, BenchmarkSettings settings) {
    this.pg = pg;
    this.settings = settings;
  }

  Result run() throws Exception {
    SavePoints savePoints = SavePoints.ofCaseProcess();
    Map<String, Object> yml = applicationYml();
    int pool = intAt(yml, 10, "spring", "datasource", "hikari", "maximum-pool-size");
    int core = intAt(yml, 3, "camunda", "bpm", "job-execution", "core-pool-size");
    int max = intAt(yml, 10, "camunda", "bpm", "job-execution", "max-pool-size");
    int queue = intAt(yml, 3, "camunda", "bpm", "job-execution", "queue-capacity");
    int perAcquisition = intAt(yml, 3, "camunda", "bpm", "job-execution", "max-jobs-per-acquisition");
    String history = String.valueOf(at(yml, "full", "camunda", "bpm", "history-level"));
    String engineSettings = String.format("history %s, pool %d, job executor core %d/max %d/queue %d/%d per acquisition",
        history, pool, core, max, queue, perAcquisition);

    pg.recreate(settings.bareDb());
    HikariConfig hikari = new HikariConfig();
    hikari.setJdbcUrl(pg.url(settings.bareDb()));
    hikari.setUsername(pg.user());
    hikari.setMaximumPoolSize(pool);
    hikari.setAutoCommit(false);
    SqlCounter counter = new SqlCounter("bare");
    try (HikariDataSource dataSource = new HikariDataSource(hikari)) {
      StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
      configuration.setProcessEngineName("bench-bare");
      configuration.setDataSource(counter.wrap(dataSource));
      configuration.setDatabaseSchemaUpdate("true");
      configuration.setHistory(history);
      configuration.setJdbcBatchProcessing(true);
      // As the Spring Boot starter: UUIDs, not the database id blocks that take a second connection per command.
      configuration.setIdGenerator(new StrongUuidGenerator());
      DefaultJobExecutor jobExecutor = new DefaultJobExecutor();
      jobExecutor.setCorePoolSize(core);
      jobExecutor.setMaxPoolSize(max);
      jobExecutor.setQueueSize(queue);
      jobExecutor.setMaxJobsPerAcquisition(perAcquisition);
      jobExecutor.setLockTimeInMillis(1_200_000);
      configuration.setJobExecutor(jobExecutor);
      configuration.setJobExecutorActivate(false);
      ProcessEngine engine = configuration.buildProcessEngine();
      try {
        engine.getRepositoryService().createDeployment().addModelInstance(PROCESS_KEY + ".bpmn", process(savePoints))
            .deploy();
        jobExecutor.start();
        return measure(engine, savePoints, counter, engineSettings);
      } finally {
        jobExecutor.shutdown();
        engine.close();
      }
    }
  }

  private Result measure(ProcessEngine engine, SavePoints savePoints, SqlCounter counter, String engineSettings)
      throws Exception {
    int n = settings.cases();
    long commits0 = pg.commits(settings.bareDb());
    Map<String, Long> sql0 = counter.snapshot();
    AtomicLong ownTransactions = new AtomicLong();
    AtomicInteger started = new AtomicInteger();
    AtomicInteger completed = new AtomicInteger();
    BlockingQueue<String> toComplete = new LinkedBlockingQueue<>();
    Set<String> dispatched = ConcurrentHashMap.newKeySet();
    ExecutorService threads = Executors.newFixedThreadPool(2 * FullCaseScenario.THREADS + 1);
    CpuMeter cpuMeter = CpuMeter.start(0);
    long start = System.nanoTime();
    for (int t = 0; t < FullCaseScenario.THREADS; t++) {
      threads.submit(() -> {
        int i;
        while ((i = started.getAndIncrement()) < n) {
          engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, "bare-" + i);
        }
        return null;
      });
      threads.submit(() -> {
        while (completed.get() < n) {
          String id = toComplete.poll(200, TimeUnit.MILLISECONDS);
          if (id != null) {
            engine.getTaskService().complete(id);
            completed.incrementAndGet();
          }
        }
        return null;
      });
    }
    threads.submit(() -> {
      while (completed.get() < n) {
        if (toComplete.size() < 50) {
          List<Task> tasks = engine.getTaskService().createTaskQuery().processDefinitionKey(PROCESS_KEY)
              .orderByTaskCreateTime().asc().listPage(0, 200);
          ownTransactions.incrementAndGet();
          for (Task task : tasks) {
            if (dispatched.add(task.getId())) {
              toComplete.add(task.getId());
            }
          }
        }
        Thread.sleep(250);
      }
      return null;
    });
    long deadline = System.currentTimeMillis() + settings.fullTimeoutMillis();
    List<String> errors = new java.util.ArrayList<>();
    while (true) {
      Thread.sleep(500);
      long running = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count();
      ownTransactions.incrementAndGet();
      if (started.get() >= n && completed.get() >= n && running == 0) {
        break;
      }
      if (System.currentTimeMillis() > deadline) {
        errors.add("time-out: " + running + " instances still running");
        break;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    CpuMeter.Use cpu = cpuMeter.stop();
    threads.shutdownNow();
    threads.awaitTermination(30, TimeUnit.SECONDS);
    Thread.sleep(1500);
    long commits = pg.commits(settings.bareDb()) - commits0 - ownTransactions.get();
    Map<String, Long> sql = FullCaseScenario.delta(counter.snapshot(), sql0);
    long statements = FullCaseScenario.sum(sql, k -> true);
    long jobs = FullCaseScenario.sum(sql, k -> k.startsWith("insert into act_ru_job "));
    long ended = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .finished().count();
    if (ended != n) {
      errors.add(ended + " of " + n + " instances ended");
    }
    long incidents = engine.getRuntimeService().createIncidentQuery().count();
    if (incidents > 0) {
      errors.add(incidents + " incident(s)");
    }
    return new Result(n, seconds, savePoints, jobs / (double) n, commits / (double) n, statements / (double) n,
        engineSettings, cpu, errors);
  }

  static BpmnModelInstance process(SavePoints savePoints) {
    AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(PROCESS_KEY).camundaHistoryTimeToLive(180)
        .startEvent("Start");
    for (int i = 1; i <= savePoints.beforeTask(); i++) {
      flow = flow.serviceTask("Before" + i).camundaAsyncBefore().camundaClass(NoOp.class);
    }
    flow = flow.userTask("Task_Approve").camundaCandidateGroups("bench");
    for (int i = 1; i <= savePoints.afterTask(); i++) {
      flow = flow.serviceTask("After" + i).camundaAsyncBefore().camundaClass(NoOp.class);
    }
    return flow.endEvent("End").done();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> applicationYml() {
    try (InputStream in = BareEngineScenario.class.getClassLoader().getResourceAsStream("application.yml")) {
      for (Object document : new Yaml().loadAll(in)) {
        if (document instanceof Map<?, ?> map) {
          return (Map<String, Object>) map;
        }
      }
      return Map.of();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  static Object at(Map<String, Object> yml, Object fallback, String... path) {
    Object node = yml;
    for (String key : path) {
      if (!(node instanceof Map<?, ?> map) || !map.containsKey(key)) {
        return fallback;
      }
      node = ((Map<String, Object>) map).get(key);
    }
    return node == null ? fallback : node;
  }

  static int intAt(Map<String, Object> yml, int fallback, String... path) {
    Object value = at(yml, fallback, path);
    if (value instanceof Number number) {
      return number.intValue();
    }
    try {
      return Integer.parseInt(String.valueOf(value).replaceAll("\\$\\{[^:}]*:([0-9]+)}", "$1"));
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
