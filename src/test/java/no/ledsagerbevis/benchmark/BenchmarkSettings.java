package no.ledsagerbevis.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What the benchmark runs and where, from system properties (set by the {@code benchmark} Maven profile). */
record BenchmarkSettings(int cases, Set<String> scenarios, Path jar, Path workDir, Path docs, String pgHostPort,
    boolean jfr, String pollInterval, int scaleTasks, int scaleGroups, int scaleMunicipalities, int scaleFinished,
    int scaleSamples) {

  static BenchmarkSettings fromSystemProperties() {
    return new BenchmarkSettings(
        Integer.getInteger("benchmark.cases", 2000),
        Set.of(System.getProperty("benchmark.scenarios", "full,bare,scale,letters,startup").split(",")),
        Path.of(System.getProperty("benchmark.jar", "target/ledsagerbevis-0.1.0-SNAPSHOT.jar")).toAbsolutePath(),
        Path.of(System.getProperty("benchmark.workdir", "target/benchmark")).toAbsolutePath(),
        Path.of(System.getProperty("benchmark.docs", "docs/benchmarks.md")).toAbsolutePath(),
        System.getProperty("benchmark.pg", "127.0.0.1:5432"),
        Boolean.getBoolean("benchmark.jfr"),
        System.getProperty("benchmark.poll", "PT1S"),
        Integer.getInteger("benchmark.scale.tasks", 100_000),
        Integer.getInteger("benchmark.scale.groups", 1_000),
        Integer.getInteger("benchmark.scale.municipalities", 50),
        Integer.getInteger("benchmark.scale.finished", 500_000),
        Integer.getInteger("benchmark.scale.samples", 200));
  }

  String fullDb() {
    return "ledsagerbevis_bench_full";
  }

  String simDb() {
    return "ledsagerbevis_bench_sim";
  }

  String bareDb() {
    return "ledsagerbevis_bench_bare";
  }

  String scaleDb() {
    return "ledsagerbevis_bench_scale";
  }

  long fullTimeoutMillis() {
    return Math.max(300_000L, cases * 250L);
  }

  List<String> appJvmArgs(String name) {
    List<String> args = new ArrayList<>(unrecordedAppJvmArgs());
    if (jfr) {
      args.add("-XX:StartFlightRecording=filename=" + workDir.resolve(name + ".jfr") + ",settings=profile,dumponexit=true");
    }
    return args;
  }

  /** The application's JVM without a flight recording (which slows the start by a few seconds). */
  List<String> unrecordedAppJvmArgs() {
    return List.of("-Xmx512m", "-XX:+UseG1GC");
  }

  /**
   * The demo profile (Oslo with its groups, users and settings) on PostgreSQL, the bundled Fiks simulator on a
   * database of its own, the delivery poll short.
   */
  List<String> appArgs(String database) {
    Pg pg = new Pg(pgHostPort, "postgres");
    return List.of(
        "--spring.profiles.active=demo",
        "--spring.datasource.url=" + pg.url(database),
        "--spring.datasource.username=postgres",
        "--spring.datasource.password=",
        "--ledsagerbevis.fiks.simulator.allow-on-postgresql=true",
        "--ledsagerbevis.fiks.simulator.datasource.url=" + pg.url(simDb()),
        "--ledsagerbevis.fiks.simulator.datasource.username=postgres",
        "--ledsagerbevis.fiks.simulator.datasource.password=",
        "--ledsagerbevis.caseletter.delivery-poll-interval=" + pollInterval,
        // The kept scale database may have been migrated by a build that had a later migration first.
        "--spring.flyway.out-of-order=true");
  }
}
