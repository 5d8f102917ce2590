package no.ledsagerbevis.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import no.ledsagerbevis.support.Http;

/**
 * Scenario 3: a case handler's everyday queries at scale, one after another, as ina (a member of one of the 1,000
 * groups): the engine-rest task list (authorization and tenant check on), her Tasklist filter's first page and count,
 * and our case search. The database is generated once ({@link ScaleData}) and kept; a later run reuses it. Then a new
 * version of the case process is deployed and the application started again, which moves the open cases to it
 * ({@link ProcessChange}).
 */
final class ScaleScenario {

  record Result(String data, boolean generatedNow, double generateSeconds, double readySeconds, long visibleTasks,
      Stats taskQuery, Stats filterList, Stats filterCount, Stats caseSearch, Stats authBaseline,
      ProcessChange.Result processChange, List<String> errors) {
  }

  private final Pg pg;
  private final BenchmarkSettings settings;

  ScaleScenario(Pg pg, BenchmarkSettings settings) {
    this.pg = pg;
    this.settings = settings;
  }

  Result run() throws Exception {
    ScaleData data = new ScaleData(settings);
    boolean complete = false;
    if (pg.exists(settings.scaleDb())) {
      try (Connection c = pg.connect(settings.scaleDb())) {
        complete = data.isComplete(c);
      }
    }
    if (!complete) {
      System.out.println("[scale] generating " + data.description() + " into " + settings.scaleDb());
      pg.recreate(settings.scaleDb());
    }
    ProcessChange processChange = new ProcessChange(settings);
    Result measured;
    try (AppProcess app = AppProcess.start(settings.jar(), settings.workDir(), "scale", settings.appJvmArgs("scale"),
        settings.appArgs(settings.scaleDb()))) {
      System.out.printf("[scale] application ready in %.1f s%n", app.readySeconds);
      double generateSeconds = 0;
      if (!complete) {
        try (Connection c = pg.connect(settings.scaleDb())) {
          awaitDemoTasks(c);
          long start = System.nanoTime();
          data.generate(c);
          generateSeconds = (System.nanoTime() - start) / 1e9;
          System.out.printf("[scale] generated in %.0f s%n", generateSeconds);
        }
      }
      measured = measure(app, data, !complete, generateSeconds);
      processChange.deploy(app);
    }
    System.out.println("[scale] deployed a new version of the case process; starting again to move the open cases");
    ProcessChange.Result moved = processChange.restartAndMove(settings.scaleTasks());
    System.out.printf("[scale] ready after moving %d open cases in %.1f s%n", moved.moved(), moved.readySeconds());
    List<String> errors = new ArrayList<>(measured.errors());
    errors.addAll(moved.errors());
    return new Result(measured.data(), measured.generatedNow(), measured.generateSeconds(), measured.readySeconds(),
        measured.visibleTasks(), measured.taskQuery(), measured.filterList(), measured.filterCount(), measured.caseSearch(),
        measured.authBaseline(), moved, errors);
  }

  private Result measure(AppProcess app, ScaleData data, boolean generatedNow, double generateSeconds) throws Exception {
    Http ina = new Http(app.baseUrl()).as("ina", "demo");
    List<String> errors = new ArrayList<>();
    String filterId = null;
    for (JsonNode filter : ina.get("/engine-rest/filter?firstResult=0&maxResults=50").json()) {
      if (filter.get("name").asText().startsWith("Avdeling 1")) {
        filterId = filter.get("id").asText();
      }
    }
    if (filterId == null) {
      throw new IllegalStateException("ina has no filter «Avdeling 1 – oppgaver»");
    }
    long visible = ina.get("/engine-rest/filter/" + filterId + "/count").json().get("count").asLong();
    long expected = settings.scaleTasks() / settings.scaleGroups();
    if (visible < expected) {
      errors.add("ina's filter counts " + visible + " tasks, expected at least " + expected);
    }
    String tasks = "/engine-rest/task?sortBy=created&sortOrder=desc&firstResult=0&maxResults=15";
    if (ina.get(tasks).json().size() != 15) {
      errors.add("the task query did not return 15 tasks");
    }
    String search = "/api/v1/kommuner/" + FullCaseScenario.KOMMUNE + "/grupper/" + FullCaseScenario.GRUPPE + "/saker/sok";
    JsonNode hits = ina.postJson(search, Map.of("navn", "hansen")).json();
    if (hits.toString().length() < 100) {
      errors.add("the case search for «hansen» found nothing: " + hits);
    }
    String filterCount = "/engine-rest/filter/" + filterId + "/count";
    // What Tasklist shows when she opens her group's filter: its first page, newest first.
    String filterList = "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15";
    Map<String, Object> newestFirst = Map.of("sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc")));
    if (ina.postJson(filterList, newestFirst).json().size() != 15) {
      errors.add("the filter's first page did not hold 15 tasks");
    }
    List<Map<String, Object>> searches = List.of(Map.of("navn", "hansen"), Map.of("status", "AKTIV"),
        Map.of("navn", "kari", "status", "UNDER_BEHANDLING"), Map.of());
    int[] turn = {0};
    Stats taskQuery = time(() -> ina.get(tasks));
    Stats list = time(() -> ina.postJson(filterList, newestFirst));
    Stats count = time(() -> ina.get(filterCount));
    Stats caseSearch = time(() -> ina.postJson(search, searches.get(turn[0]++ % searches.size())));
    Stats baseline = time(() -> ina.get("/api/v1/meg"));
    return new Result(data.description(), generatedNow, generateSeconds, app.readySeconds, visible, taskQuery, list,
        count, caseSearch, baseline, null, errors);
  }

  /** Milliseconds of each call after a warm-up; a call that does not answer 200 stops the benchmark. */
  private Stats time(Supplier<Http.Response> call) {
    for (int i = 0; i < 20; i++) {
      check(call.get());
    }
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < settings.scaleSamples(); i++) {
      long start = System.nanoTime();
      Http.Response response = call.get();
      times.add((System.nanoTime() - start) / 1e6);
      check(response);
    }
    return Stats.of(times);
  }

  private static void check(Http.Response response) {
    if (response.status() != 200) {
      throw new IllegalStateException("Answered " + response.status() + ": " + response.body());
    }
  }

  private static void awaitDemoTasks(Connection c) throws Exception {
    long deadline = System.currentTimeMillis() + 180_000;
    while (!Pg.tableExists(c, "caseletter_case") || Pg.queryLong(c, "SELECT COUNT(*) FROM act_ru_task t "
        + "JOIN act_ru_identitylink l ON l.task_id_ = t.id_ WHERE t.task_def_key_ = 'Task_AssessApplication' "
        + "AND l.group_id_ = ?", ScaleData.TEMPLATE_GROUP) < 2) {
      if (System.currentTimeMillis() > deadline) {
        throw new IllegalStateException("The demo cases' assessment tasks did not appear within 180 s");
      }
      Thread.sleep(500);
    }
  }
}
