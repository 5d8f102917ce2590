package no.ledsagerbevis.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One line per scenario on standard output, and the results section of docs/benchmarks.md. */
final class Report {

  static final String START = "<!-- system-benchmark:start (written by BenchmarkMain; edit outside the markers) -->";
  static final String END = "<!-- system-benchmark:end -->";

  private final BenchmarkSettings settings;
  private final Pg pg;
  private final String started = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
  private final List<String> loads = new ArrayList<>();
  private final List<String> rows = new ArrayList<>();
  private final List<String> details = new ArrayList<>();
  private FullCaseScenario.Result full;
  private ScaleScenario.Result scale;
  private double letters;
  private double bareRatio = Double.NaN;
  private double bareRate = Double.NaN;

  Report(BenchmarkSettings settings, Pg pg) {
    this.settings = settings;
    this.pg = pg;
    load("start");
  }

  void full(FullCaseScenario.Result r) {
    this.full = r;
    String line = String.format("1 full case: %d cases (%d ended) in %.0f s = %.2f cases/s | POST->task %s | approval->letter sent %s "
            + "| jobs %.1f/case | commits %.1f app + %.1f simulator /case | statements %.0f app + %.0f simulator /case "
            + "| heap peak %d MB (end %d MB) | %s | %s",
        r.cases(), r.endedCases(), r.seconds(), r.casesPerSecond(), r.postToTask().millis(), r.approvalToLetter().millis(),
        r.jobsPerCase(), r.appCommitsPerCase(), r.simCommitsPerCase(), r.appStatementsPerCase(), r.simStatementsPerCase(),
        r.heapPeakMb(), r.heapEndMb(), r.cpu().brief(r.endedCases()),
        r.correctnessErrors().isEmpty() ? "correct" : "WRONG: " + r.correctnessErrors());
    print(line);
    load("after full");
    rows.add(String.format("| 1 full case (N = %d, %d ended) | **%.2f cases/s** (%.0f s); POST→task %s; approval→letter sent %s; "
            + "%.1f jobs, %.1f + %.1f commits (app + simulator database), %.0f app statements%s per case; heap peak %d MB; "
            + "POST retries %d, completion retries %d, failed job attempts %d | ≥ 30 cases/s, heap ≤ 512 MB | %s |",
        r.cases(), r.endedCases(), r.casesPerSecond(), r.seconds(), r.postToTask().millis(), r.approvalToLetter().millis(),
        r.jobsPerCase(), r.appCommitsPerCase(), r.simCommitsPerCase(), r.appStatementsPerCase(),
        r.simStatementsPerCase() > 0 ? String.format(" + %.0f simulator", r.simStatementsPerCase()) : "",
        r.heapPeakMb(), r.createFailures(), r.approveFailures(), r.failedJobAttempts(),
        verdict(r.casesPerSecond() >= 30 && r.heapPeakMb() <= 512) + (r.correctnessErrors().isEmpty() ? "" : "; **incorrect**: "
            + String.join("; ", r.correctnessErrors()))));
    details.add(String.format("**CPU per case** (scenario 1): %s. All cores busy with this work and nothing else "
            + "would end at most %.1f cases/s on this machine.", r.cpu().perUnit(r.endedCases(),
            "application JVM (with the Fiks simulator)"), r.cpu().ceilingPerSecond(r.endedCases())));
    if (!r.simulatorApart()) {
      details.add("The Fiks simulator shared the application's database in this build (it did not take "
          + "`ledsagerbevis.fiks.simulator.datasource.url`), so the application's commits and statements include the "
          + "simulator's.");
    }
    if (r.simulatorApart() && r.simStatementsPerCase() == 0) {
      details.add("The Fiks simulator ran on its own database and pool; its commits are counted there. Its statements "
          + "are not (its pool is deliberately not a Spring bean, so the counter does not see it).");
    }
    details.add("Data sources counted in the application: " + (r.sqlCountersSeen().isEmpty() ? "none (counter not loaded)"
        : r.sqlCountersSeen()) + ". Most frequent statements per case:\n\n```\n" + String.join("\n", r.topStatements())
        + "\n```");
  }

  void bare(BareEngineScenario.Result r, FullCaseScenario.Result fullResult) {
    bareRate = r.instancesPerSecond();
    bareRatio = fullResult == null ? Double.NaN : fullResult.casesPerSecond() / bareRate;
    print(String.format("2 bare engine: %d instances in %.0f s = %.2f PI/s | %d+%d async save points | jobs %.1f/PI "
            + "| commits %.1f/PI | statements %.0f/PI | ratio full/bare %.2f | %s | %s",
        r.instances(), r.seconds(), bareRate, r.savePoints().beforeTask(), r.savePoints().afterTask(),
        r.jobsPerInstance(), r.commitsPerInstance(), r.statementsPerInstance(), bareRatio,
        r.cpu().brief(r.instances()), r.errors().isEmpty() ? "correct" : "WRONG: " + r.errors()));
    rows.add(String.format("| 2 bare engine (%s) | %.2f PI/s (%.0f s); %d + %d async save points around the user task "
            + "(as the case process); %.1f jobs, %.1f commits, %.0f statements per instance; **full/bare %.2f** | ≥ 0.8 | %s |",
        r.engineSettings(), bareRate, r.seconds(), r.savePoints().beforeTask(), r.savePoints().afterTask(),
        r.jobsPerInstance(), r.commitsPerInstance(), r.statementsPerInstance(), bareRatio,
        Double.isNaN(bareRatio) ? "n/a" : verdict(bareRatio >= 0.8)));
    details.add(String.format("**CPU per instance** (scenario 2, the engine in the benchmark's JVM): %s; at most %.1f "
        + "instances/s on this machine.", r.cpu().perUnit(r.instances(), "application JVM (none)"),
        r.cpu().ceilingPerSecond(r.instances())));
    load("after bare");
  }

  void scale(ScaleScenario.Result r) {
    this.scale = r;
    print(String.format("3 case handlers at scale (%s%s): task query %s | filter list %s | filter count %s (%d tasks) "
            + "| case search %s | auth baseline GET /api/v1/meg %s | %s",
        r.data(), r.generatedNow() ? String.format(", generated now in %.0f s", r.generateSeconds()) : ", reused",
        r.taskQuery().millis(), r.filterList().millis(), r.filterCount().millis(), r.visibleTasks(), r.caseSearch().millis(),
        r.authBaseline().millis(), r.errors().isEmpty() ? "correct" : "WRONG: " + r.errors()));
    ProcessChange.Result change = r.processChange();
    print(String.format("3b process change with the open cases: %d moved, %d stayed, ready in %.1f s (-Xmx512m)",
        change.moved(), change.stayed(), change.readySeconds()));
    boolean met = r.taskQuery().p95() < 50 && r.caseSearch().p95() < 50;
    rows.add(String.format("| 3 case handlers at scale (%s) | engine-rest task list %s; Tasklist filter, first page %s, "
            + "count %s (%d tasks visible); case search %s; for comparison `GET /api/v1/meg` %s | p95 < 50 ms | %s |",
        r.data(), r.taskQuery().millis(), r.filterList().millis(), r.filterCount().millis(), r.visibleTasks(), r.caseSearch().millis(),
        r.authBaseline().millis(), verdict(met)));
    rows.add(String.format("| 3b a new version of the case process with the open cases (deployed through engine-rest, "
            + "then the application started again) | %,d open cases moved to it at start, %d stayed; JVM start → ready "
            + "%.1f s, within `-Xmx512m` | every case moves, no out-of-memory | %s |",
        change.moved(), change.stayed(), change.readySeconds(), verdict(change.errors().isEmpty())));
    load("after scale");
  }

  void letters(LettersScenario.Result r) {
    this.letters = r.threadCpuPerSecond();
    print(String.format("4 letters: %.0f letters/s wall clock | %.0f per CPU second of the rendering thread | "
        + "%.0f per CPU second of the JVM", r.wallPerSecond(), r.threadCpuPerSecond(), r.jvmCpuPerSecond()));
    rows.add(String.format("| 4 letter PDFs, one thread (%d letters) | %.0f letters/s wall clock; **%.0f per CPU second** "
            + "of the rendering thread; %.0f per CPU second of the whole JVM | ≥ 200 /s per core | %s |",
        r.letters(), r.wallPerSecond(), r.threadCpuPerSecond(), r.jvmCpuPerSecond(), verdict(r.threadCpuPerSecond() >= 200)));
    load("after letters");
  }

  void startup(StartupScenario.Result r) {
    print(String.format("5 start to ready: packaged jar %.1f s on a fresh database, %.1f s on an existing one | as the "
        + "container image starts it (extracted, class data sharing) %.1f s fresh, %.1f s existing", r.jarFresh(),
        r.jarExisting(), r.imageFresh(), r.imageExisting()));
    rows.add(String.format("| 5 JVM start → `/actuator/health/readiness` UP | as the container image starts it (jar "
            + "extracted, class data sharing archive): **%.1f s** on a fresh database (schema created), **%.1f s** on an "
            + "existing one; the packaged jar with `java -jar`: %.1f s and %.1f s | < 15 s | %s |", r.imageFresh(),
        r.imageExisting(), r.jarFresh(), r.jarExisting(), verdict(r.imageFresh() < 15 && r.imageExisting() < 15)));
  }

  void profile(List<String> lines) {
    details.add("JFR profile of the application during scenario 1 (`-Dbenchmark.jfr=true`):\n\n```\n"
        + String.join("\n", lines) + "\n```");
  }

  void write(List<String> failures) throws IOException {
    List<String> loadsNow = new ArrayList<>(loads);
    loadsNow.add("at writing " + Machine.loadAverage());
    StringBuilder md = new StringBuilder(START).append("\n");
    md.append("### Latest run: ").append(started).append(" UTC\n\n");
    md.append("- **Machine:** ").append(Machine.describe(pg)).append("\n");
    md.append("- **Load average** (1/5/15 min): ").append(String.join("; ", loadsNow)).append("\n");
    md.append("- **Settings:** ").append(String.format("N = %d, four client threads creating and four approving, "
        + "delivery poll %s, application `-Xmx512m` with the demo profile on PostgreSQL, Fiks simulator on database "
        + "`%s`; statements counted by a JDBC proxy around each data source (pg_stat_statements is not preloaded on "
        + "this server), commits from `pg_stat_database.xact_commit` minus the benchmark's own queries",
        settings.cases(), settings.pollInterval(), settings.simDb())).append("\n");
    md.append("- **Result:** ").append(failures.isEmpty() ? "every correctness check passed"
        : "correctness checks FAILED: " + String.join("; ", failures)).append("\n\n");
    md.append("| scenario | measured | target | |\n|---|---|---|---|\n");
    rows.forEach(r -> md.append(r).append("\n"));
    md.append("\n");
    details.forEach(d -> md.append(d).append("\n\n"));
    md.append(END);
    Path docs = settings.docs();
    String text = Files.exists(docs) ? Files.readString(docs, StandardCharsets.UTF_8) : "# Benchmarks\n";
    int from = text.indexOf(START);
    int to = text.indexOf(END);
    String updated = from >= 0 && to > from ? text.substring(0, from) + md + text.substring(to + END.length())
        : text + "\n" + md + "\n";
    Files.writeString(docs, updated, StandardCharsets.UTF_8);
    System.out.println("Results written to " + docs);
  }

  private void load(String when) {
    loads.add(when + " " + Machine.loadAverage());
  }

  private static String verdict(boolean met) {
    return met ? "met" : "**not met**";
  }

  private static void print(String line) {
    System.out.println("BENCHMARK " + line);
  }
}
