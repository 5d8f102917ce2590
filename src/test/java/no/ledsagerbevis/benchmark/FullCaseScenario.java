package no.ledsagerbevis.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
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
import javax.imageio.ImageIO;
import no.ledsagerbevis.support.Http;

/**
 * Scenario 1: whole cases through the packaged application on PostgreSQL. Four threads create cases with a photo
 * ({@code POST .../saker}, multipart, as case handler ina of Oslo's demo group), four threads approve the assessment
 * tasks through engine-rest; the time runs from the first POST until the last process instance has ended.
 */
final class FullCaseScenario {

  static final String KOMMUNE = "0301";
  static final String GRUPPE = "0301-avdeling-1";
  static final String REF_PREFIX = "BENCH-";
  /** Synthetic persons the bundled simulator knows and delivers to (not its "ikke leverbar" default). */
  private static final List<String> FNR = List.of("15838500002", "15838500355", "15838500436", "01819000049");
  private static final String BOUNDARY = "benchmark-grense";
  static final int THREADS = 4;

  record Result(int cases, long endedCases, double seconds, Stats postToTask, Stats approvalToLetter, double jobsPerCase,
      double appCommitsPerCase, double simCommitsPerCase, double appStatementsPerCase, double simStatementsPerCase,
      List<String> topStatements, long heapPeakMb, long heapEndMb, double readyFreshSeconds, long createFailures,
      long approveFailures, long failedJobAttempts, List<String> correctnessErrors, String sqlCountersSeen,
      boolean simulatorApart, CpuMeter.Use cpu) {

    /** Cases that reached their end per second (all of them unless the run timed out). */
    double casesPerSecond() {
      return endedCases / seconds;
    }
  }

  private final Pg pg;
  private final BenchmarkSettings settings;

  FullCaseScenario(Pg pg, BenchmarkSettings settings) {
    this.pg = pg;
    this.settings = settings;
  }

  Result run() throws Exception {
    pg.recreate(settings.fullDb());
    pg.recreate(settings.simDb());
    try (AppProcess app = AppProcess.start(settings.jar(), settings.workDir(), "full", settings.appJvmArgs("full"),
        settings.appArgs(settings.fullDb()))) {
      System.out.printf("[full] application ready in %.1f s (pid %d, log %s)%n", app.readySeconds, app.pid(), app.log());
      try (Connection db = pg.connect(settings.fullDb())) {
        awaitDemoData(db);
        return measure(app, db);
      }
    }
  }

  private Result measure(AppProcess app, Connection db) throws Exception {
    int n = settings.cases();
    Set<String> preexisting = new HashSet<>(strings(db, "SELECT id_ FROM act_ru_task"));
    Http ina = new Http(app.baseUrl()).as("ina", "demo");
    byte[] photo = png();
    AtomicLong ownTransactions = new AtomicLong();
    long appCommits0 = pg.commits(settings.fullDb());
    long simCommits0 = pg.commits(settings.simDb());
    Map<String, Long> sql0 = app.sqlCounts();
    AtomicLong heapPeak = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(2 * THREADS + 2);
    AtomicInteger created = new AtomicInteger();
    AtomicInteger approved = new AtomicInteger();
    AtomicInteger creatorsDone = new AtomicInteger();
    AtomicLong createFailures = new AtomicLong();
    AtomicLong approveFailures = new AtomicLong();
    BlockingQueue<String> toApprove = new LinkedBlockingQueue<>();
    Set<String> dispatched = ConcurrentHashMap.newKeySet();
    volatileStop = false;
    CpuMeter cpuMeter = CpuMeter.start(app.pid());
    long start = System.nanoTime();
    for (int t = 0; t < THREADS; t++) {
      pool.submit(() -> {
        int i;
        while ((i = created.getAndIncrement()) < n) {
          try {
            createCase(ina, photo, i, createFailures);
          } catch (RuntimeException e) {
            createFailures.incrementAndGet();
            System.out.println("[full] POST saker failed: " + e);
          }
        }
        creatorsDone.incrementAndGet();
        return null;
      });
      pool.submit(() -> {
        while (!volatileStop) {
          String taskId = toApprove.poll(200, TimeUnit.MILLISECONDS);
          if (taskId == null) {
            continue;
          }
          if (approveQuietly(ina, taskId)) {
            approved.incrementAndGet();
          } else {
            approveFailures.incrementAndGet();
            dispatched.remove(taskId);
          }
        }
        return null;
      });
    }
    pool.submit(() -> {
      while (!volatileStop) {
        if (toApprove.size() < 50) {
          JsonNode tasks;
          try {
            tasks = ina.get("/engine-rest/task?taskDefinitionKey=Task_AssessApplication&candidateGroup=" + GRUPPE
              + "&sortBy=created&sortOrder=asc&firstResult=0&maxResults=200").json();
          } catch (RuntimeException e) {
            System.out.println("[full] listing the tasks failed: " + e);
            Thread.sleep(1000);
            continue;
          }
          for (JsonNode task : tasks) {
            String id = task.get("id").asText();
            if (!preexisting.contains(id) && dispatched.add(id)) {
              toApprove.add(id);
            }
          }
        }
        Thread.sleep(250);
      }
      return null;
    });
    pool.submit(() -> {
      while (!volatileStop) {
        try {
          heapPeak.accumulateAndGet(app.heapUsed(), Math::max);
        } catch (RuntimeException ignored) {
          // a missed sample
        }
        Thread.sleep(2000);
      }
      return null;
    });
    long deadline = System.currentTimeMillis() + settings.fullTimeoutMillis();
    long lastReport = System.currentTimeMillis();
    List<String> errors = new ArrayList<>();
    while (true) {
      Thread.sleep(500);
      if (!app.isAlive()) {
        errors.add("the application stopped during the run (signal or crash from outside the benchmark; see "
            + app.log().getFileName() + ")");
        break;
      }
      long running = Pg.queryLong(db, "SELECT COUNT(*) FROM act_ru_execution e JOIN caseletter_case c "
          + "ON c.saks_id = e.business_key_ WHERE e.id_ = e.proc_inst_id_ AND c.referansenummer LIKE ?", REF_PREFIX + "%");
      ownTransactions.incrementAndGet();
      if (creatorsDone.get() == THREADS && running == 0) {
        break;
      }
      if (System.currentTimeMillis() - lastReport > 15_000) {
        lastReport = System.currentTimeMillis();
        System.out.printf("[full] %.0f s: created %d, approved %d, running %d%n", (System.nanoTime() - start) / 1e9,
            Math.min(created.get(), n), approved.get(), running);
      }
      if (System.currentTimeMillis() > deadline) {
        System.out.println("[full] time-out: not every case ended");
        break;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    CpuMeter.Use cpu = cpuMeter.stop();
    volatileStop = true;
    pool.shutdown();
    pool.awaitTermination(30, TimeUnit.SECONDS);
    Thread.sleep(1500);
    long heapEnd = app.isAlive() ? app.heapUsed() : 0;
    long appCommits = pg.commits(settings.fullDb()) - appCommits0 - ownTransactions.get();
    long simCommits = pg.commits(settings.simDb()) - simCommits0;
    Map<String, Long> sql = delta(app.sqlCounts(), sql0);

    long ended = Pg.queryLong(db, "SELECT COUNT(*) FROM act_hi_procinst p JOIN caseletter_case c ON c.saks_id = p.business_key_ "
        + "WHERE c.referansenummer LIKE ? AND p.end_time_ IS NOT NULL AND p.end_act_id_ = 'EndEvent_LetterDelivered'",
        REF_PREFIX + "%");
    long caseRows = Pg.queryLong(db, "SELECT COUNT(*) FROM caseletter_case WHERE referansenummer LIKE ?", REF_PREFIX + "%");
    long running = Pg.queryLong(db, "SELECT COUNT(*) FROM act_ru_execution e JOIN caseletter_case c "
        + "ON c.saks_id = e.business_key_ WHERE c.referansenummer LIKE ?", REF_PREFIX + "%");
    if (caseRows != n || ended != n || running != 0) {
      errors.add("cases " + caseRows + ", ended at EndEvent_LetterDelivered " + ended + ", still running " + running
          + " (expected " + n + ", " + n + ", 0)");
    }
    long letters = Pg.queryLong(db, "SELECT COUNT(*) FROM caseletter_letter l JOIN caseletter_case c ON c.saks_id = l.saks_id "
        + "WHERE c.referansenummer LIKE ? AND l.forsendelse_id IS NOT NULL", REF_PREFIX + "%");
    if (letters != n) {
      errors.add("letters with a forsendelse id " + letters + ", expected " + n);
    }
    checkSimulatorLetters(db, n, errors);
    long incidents = Pg.queryLong(db, "SELECT COUNT(*) FROM act_ru_incident");
    if (incidents != 0) {
      errors.add(incidents + " incident(s)");
    }
    long failedJobs = Pg.queryLong(db, "SELECT COUNT(*) FROM act_ru_job WHERE exception_msg_ IS NOT NULL");
    if (failedJobs != 0) {
      errors.add(failedJobs + " job(s) with an exception");
    }
    long failedAttempts = Pg.tableExists(db, "act_hi_job_log")
        ? Pg.queryLong(db, "SELECT COUNT(*) FROM act_hi_job_log WHERE job_state_ = 1") : -1;

    List<Double> postToTask = Pg.doubles(db, "SELECT EXTRACT(EPOCH FROM (t.start_time_ - c.opprettet)) * 1000 "
        + "FROM caseletter_case c JOIN act_hi_procinst p ON p.business_key_ = c.saks_id "
        + "JOIN act_hi_taskinst t ON t.proc_inst_id_ = p.proc_inst_id_ AND t.task_def_key_ = 'Task_AssessApplication' "
        + "WHERE c.referansenummer LIKE '" + REF_PREFIX + "%'");
    List<Double> approvalToLetter = Pg.doubles(db, "SELECT EXTRACT(EPOCH FROM (COALESCE(e.sendt, a.end_time_) - t.end_time_)) * 1000 "
        + "FROM caseletter_case c JOIN act_hi_procinst p ON p.business_key_ = c.saks_id "
        + "JOIN act_hi_taskinst t ON t.proc_inst_id_ = p.proc_inst_id_ AND t.task_def_key_ = 'Task_AssessApplication' "
        + "LEFT JOIN (SELECT saks_id, MIN(tidspunkt) AS sendt FROM caseletter_event WHERE hendelse = 'BREV_SENDT' GROUP BY saks_id) e "
        + "ON e.saks_id = c.saks_id "
        + "LEFT JOIN (SELECT proc_inst_id_, MAX(end_time_) AS end_time_ FROM act_hi_actinst "
        + "WHERE act_id_ = 'Task_SendDecisionLetter' GROUP BY proc_inst_id_) a ON a.proc_inst_id_ = p.proc_inst_id_ "
        + "WHERE c.referansenummer LIKE '" + REF_PREFIX + "%'");

    String appSource = "dataSource";
    long appStatements = sum(sql, k -> k.startsWith(appSource + "\t"));
    long simStatements = sum(sql, k -> !k.startsWith(appSource + "\t"));
    long jobs = sum(sql, k -> k.startsWith(appSource + "\tinsert into act_ru_job "));
    if (sql.isEmpty() && Pg.tableExists(db, "act_hi_job_log")) {
      jobs = Pg.queryLong(db, "SELECT COUNT(*) FROM act_hi_job_log j JOIN act_hi_procinst p ON p.proc_inst_id_ = j.process_instance_id_ "
          + "JOIN caseletter_case c ON c.saks_id = p.business_key_ WHERE c.referansenummer LIKE ? AND j.job_state_ = 0",
          REF_PREFIX + "%");
    }
    List<String> top = new ArrayList<>();
    sql.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(15)
        .forEach(e -> top.add(String.format(java.util.Locale.ROOT, "%.2f  %s", e.getValue() / (double) n,
            e.getKey().replace('\t', ' '))));
    Set<String> sources = new java.util.TreeSet<>();
    sql.keySet().forEach(k -> sources.add(k.substring(0, k.indexOf('\t'))));
    return new Result(n, ended, seconds, Stats.of(postToTask), Stats.of(approvalToLetter), jobs / (double) n,
        appCommits / (double) n, simCommits / (double) n, appStatements / (double) n, simStatements / (double) n, top,
        heapPeak.get() / (1024 * 1024), heapEnd / (1024 * 1024), app.readySeconds, createFailures.get(),
        approveFailures.get(), failedAttempts, errors, String.join(", ", sources), simulatorApart(), cpu);
  }

  private volatile boolean volatileStop;

  /** Whether the simulator's tables are in its own database (the application honoured the simulator's data source). */
  private boolean simulatorApart() throws SQLException {
    try (Connection sim = pg.connect(settings.simDb())) {
      return Pg.tableExists(sim, "sim_forsendelse");
    }
  }

  private void checkSimulatorLetters(Connection db, int n, List<String> errors) throws SQLException {
    List<String> ids = strings(db, "SELECT saks_id FROM caseletter_case WHERE referansenummer LIKE '" + REF_PREFIX + "%'");
    try (Connection sim = pg.connect(settings.simDb())) {
      Connection where = Pg.tableExists(sim, "sim_forsendelse") ? sim : db;
      try (PreparedStatement ps = where.prepareStatement("SELECT COUNT(*), COUNT(DISTINCT ekstern_referanse) "
          + "FROM sim_forsendelse WHERE ekstern_referanse = ANY (?)")) {
        Array array = where.createArrayOf("varchar", ids.toArray());
        ps.setArray(1, array);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          if (rs.getLong(1) != n || rs.getLong(2) != n) {
            errors.add("SvarUt (simulator) received " + rs.getLong(1) + " letters for " + rs.getLong(2)
                + " cases, expected exactly one for each of " + n);
          }
        }
      }
    }
  }

  private void createCase(Http ina, byte[] photo, int i, AtomicLong failures) {
    String json = "{\"fnr\":\"" + FNR.get(i % FNR.size()) + "\",\"telefonnummer\":\"9" + String.format("%07d", i)
        + "\",\"antallLedsagere\":1,\"referansenummer\":\"" + REF_PREFIX + i + "\"}";
    byte[] body = multipart(json, photo);
    for (int attempt = 0; attempt < 3; attempt++) {
      Http.Response response = ina.send("POST", "/api/v1/kommuner/" + KOMMUNE + "/grupper/" + GRUPPE + "/saker",
          "multipart/form-data; boundary=" + BOUNDARY, body);
      if (response.status() == 201) {
        return;
      }
      failures.incrementAndGet();
      if (failures.get() < 5) {
        System.out.println("[full] POST saker answered " + response.status() + ": " + response.body());
      }
    }
  }

  private static boolean approveQuietly(Http ina, String taskId) {
    try {
      return approve(ina, taskId);
    } catch (RuntimeException e) {
      System.out.println("[full] completing task " + taskId + " failed: " + e);
      return false;
    }
  }

  private static boolean approve(Http ina, String taskId) {
    Http.Response response = ina.postJson("/engine-rest/task/" + taskId + "/complete", Map.of("variables", Map.of(
        "vedtak", Map.of("value", "INNVILGET"),
        "antallLedsagere", Map.of("value", 1, "type", "Long"),
        "utlopsdato", Map.of("value", LocalDate.now().plusYears(2).toString()))));
    if (response.status() != 204) {
      System.out.println("[full] completing task " + taskId + " answered " + response.status() + ": " + response.body());
    }
    return response.status() == 204;
  }

  /** Oslo's demo configuration and its four demo cases are made in the background after start. */
  private void awaitDemoData(Connection db) throws Exception {
    long deadline = System.currentTimeMillis() + 180_000;
    while (Pg.queryLong(db, "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'caseletter_case'") == 0
        || Pg.queryLong(db, "SELECT COUNT(*) FROM caseletter_case") < 4
        || Pg.queryLong(db, "SELECT COUNT(*) FROM act_ru_task WHERE task_def_key_ = 'Task_AssessApplication'") < 4) {
      if (System.currentTimeMillis() > deadline) {
        throw new IllegalStateException("The demo municipality and cases were not ready within 180 s");
      }
      Thread.sleep(500);
    }
  }

  static List<String> strings(Connection db, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (var s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }

  static Map<String, Long> delta(Map<String, Long> now, Map<String, Long> before) {
    Map<String, Long> delta = new java.util.HashMap<>();
    now.forEach((k, v) -> {
      long d = v - before.getOrDefault(k, 0L);
      if (d > 0) {
        delta.put(k, d);
      }
    });
    return delta;
  }

  static long sum(Map<String, Long> counts, java.util.function.Predicate<String> key) {
    return counts.entrySet().stream().filter(e -> key.test(e.getKey())).mapToLong(Map.Entry::getValue).sum();
  }

  static byte[] png() {
    try {
      BufferedImage image = new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] multipart(String json, byte[] photo) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"sak\"\r\n"
        + "Content-Type: application/json\r\n\r\n" + json + "\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"bilde\"; filename=\"foto.png\"\r\n"
        + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(photo);
    body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return body.toByteArray();
  }
}
