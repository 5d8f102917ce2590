package no.ledsagerbevis.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The system benchmark of issue 13 ({@code ./mvnw -B -Pbenchmark verify}, docs/benchmarks.md):
 * five scenarios on the local PostgreSQL, one line each on standard output, the results written into
 * docs/benchmarks.md. Exits 1 when a scenario's correctness check fails.
 */
public final class BenchmarkMain {

  private BenchmarkMain() {
  }

  public static void main(String[] args) throws Exception {
    Locale.setDefault(Locale.ROOT);
    // The bare engine runs in this JVM: its log at WARN, as the application's would be under load.
    ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
        .setLevel(ch.qos.logback.classic.Level.WARN);
    BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
    Files.createDirectories(settings.workDir());
    Pg pg = new Pg(settings.pgHostPort(), "postgres");
    Report report = new Report(settings, pg);
    List<String> failures = new ArrayList<>();

    FullCaseScenario.Result full = null;
    if (settings.scenarios().contains("full")) {
      String pgStart = pg.startTime();
      full = new FullCaseScenario(pg, settings).run();
      checkServer(pg, pgStart, "full", failures);
      report.full(full);
      failures.addAll(full.correctnessErrors());
      if (settings.jfr()) {
        Path recording = settings.workDir().resolve("full.jfr");
        if (Files.exists(recording)) {
          report.profile(JfrSummary.summarize(recording, 25));
        }
      }
      report.write(failures);
    }
    if (settings.scenarios().contains("bare")) {
      String pgStart = pg.startTime();
      BareEngineScenario.Result bare = new BareEngineScenario(pg, settings).run();
      checkServer(pg, pgStart, "bare", failures);
      report.bare(bare, full);
      failures.addAll(bare.errors());
      report.write(failures);
    }
    ScaleScenario.Result scale = null;
    if (settings.scenarios().contains("scale")) {
      String pgStart = pg.startTime();
      scale = new ScaleScenario(pg, settings).run();
      checkServer(pg, pgStart, "scale", failures);
      report.scale(scale);
      failures.addAll(scale.errors());
      report.write(failures);
    }
    if (settings.scenarios().contains("letters")) {
      report.letters(new LettersScenario().run(Integer.getInteger("benchmark.letters", 5000),
          Integer.getInteger("benchmark.warmup", 3000)));
      report.write(failures);
    }
    if (settings.scenarios().contains("startup")) {
      report.startup(new StartupScenario(pg, settings).run());
    }
    report.write(failures);
    if (!failures.isEmpty()) {
      System.out.println("BENCHMARK FAILED: " + String.join("; ", failures));
      System.exit(1);
    }
  }

  private static void checkServer(Pg pg, String startedBefore, String scenario, List<String> failures) {
    String now = pg.startTime();
    if (!now.equals(startedBefore)) {
      failures.add("PostgreSQL was restarted during scenario " + scenario + " (server start " + startedBefore + " -> " + now
          + ", not by the benchmark): its numbers are disturbed");
    }
  }
}
