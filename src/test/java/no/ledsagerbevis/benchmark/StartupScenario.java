package no.ledsagerbevis.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Scenario 5: seconds from starting the JVM to {@code /actuator/health/readiness} answering 200 on PostgreSQL, on a
 * fresh database and on one the application has used, started the two ways it is run: the packaged jar
 * ({@code java -jar}), and as the container image starts it ({@code src/main/docker/Dockerfile}): the jar extracted
 * with Spring Boot's {@code -Djarmode=tools extract} and a class data sharing archive from one training start on the
 * embedded defaults, so that the JVM maps the classes instead of loading and verifying them anew.
 */
final class StartupScenario {

  record Result(double jarFresh, double jarExisting, double imageFresh, double imageExisting) {
  }

  private final Pg pg;
  private final BenchmarkSettings settings;

  StartupScenario(Pg pg, BenchmarkSettings settings) {
    this.pg = pg;
    this.settings = settings;
  }

  Result run() throws IOException, InterruptedException {
    Path image = settings.workDir().resolve("image");
    Path extracted = extract(image);
    Path archive = train(image, extracted);
    List<String> plain = settings.unrecordedAppJvmArgs();
    List<String> shared = new ArrayList<>(plain);
    shared.add("-XX:SharedArchiveFile=" + archive);
    double jarFresh = start(settings.jar(), plain, true);
    double jarExisting = start(settings.jar(), plain, false);
    double imageFresh = start(extracted, shared, true);
    double imageExisting = start(extracted, shared, false);
    return new Result(jarFresh, jarExisting, imageFresh, imageExisting);
  }

  private double start(Path jar, List<String> jvmArgs, boolean fresh) {
    if (fresh) {
      pg.recreate(settings.fullDb());
      pg.recreate(settings.simDb());
    }
    try (AppProcess app = AppProcess.startPlain(jar, settings.workDir(), "startup", jvmArgs,
        settings.appArgs(settings.fullDb()))) {
      return app.readySeconds;
    }
  }

  /** {@code java -Djarmode=tools -jar app.jar extract}, as the image's build does. */
  private Path extract(Path image) throws IOException, InterruptedException {
    deleteTree(image);
    Files.createDirectories(image);
    run(image, List.of(AppProcess.java(), "-Djarmode=tools", "-jar", settings.jar().toString(), "extract",
        "--destination", image.resolve("app").toString()));
    return image.resolve("app").resolve(settings.jar().getFileName());
  }

  /** One start on the embedded defaults that stops when the context is ready and writes the archive at exit. */
  private Path train(Path image, Path extracted) throws IOException, InterruptedException {
    Path archive = image.resolve("app.jsa");
    run(image, List.of(AppProcess.java(), "-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh",
        "-jar", extracted.toString(), "--server.port=0"));
    deleteTree(image.resolve("data"));
    if (!Files.exists(archive)) {
      throw new IllegalStateException("The training start wrote no class data sharing archive; see " + image);
    }
    return archive;
  }

  private static void run(Path dir, List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(dir.resolve("build.log").toFile()).start();
    if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IllegalStateException("Failed: " + String.join(" ", command) + "; see " + dir.resolve("build.log"));
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
