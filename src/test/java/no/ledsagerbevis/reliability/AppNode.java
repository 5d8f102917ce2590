package no.ledsagerbevis.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.ledsagerbevis.support.Http;
import no.ledsagerbevis.support.PostgresTestDatabase;

/**
 * The packaged application ({@code target/*.jar}, built by {@code package} before failsafe runs) as a
 * separate process on a PostgreSQL database, in the demo profile (Oslo with its groups, case handlers and
 * settings) with the bundled Fiks simulator. Short job lock time and matching short Fiks timeouts keep
 * {@code JobLockTimeGuard} satisfied while a crash test waits a minute, not four. Its log goes to
 * {@code target/reliability/<name>.log}.
 */
final class AppNode implements AutoCloseable {

  /**
   * Short lock for the tests; the guard requires more than twice the longest job (3 calls: 2 x 17 s + 19 s).
   * The timeouts stay generous because the simulator answers from the same busy JVM on a small machine.
   */
  static final Duration LOCK_TIME = Duration.ofSeconds(120);

  private final String name;
  private final PostgresTestDatabase database;
  private final List<String> extraArguments;
  private final int port;
  private final Path log;
  private Process process;

  AppNode(String name, PostgresTestDatabase database, String... extraArguments) {
    this.name = name;
    this.database = database;
    this.extraArguments = List.of(extraArguments);
    this.port = freePort();
    this.log = Path.of(System.getProperty("reliability.log-dir", "target/reliability"), name + ".log");
  }

  /** Starts the process and waits until the demo cases are ready (Oslo configured: cases can be created). */
  AppNode start() {
    try {
      Files.createDirectories(log.getParent());
      List<String> command = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx768m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
          "-jar", jar().toString(),
          "--server.port=" + port,
          "--spring.profiles.active=demo",
          "--spring.datasource.url=" + database.jdbcUrl(),
          "--spring.datasource.username=" + database.username(),
          "--spring.datasource.password=" + database.password(),
          "--ledsagerbevis.fiks.simulator.allow-on-postgresql=true",
          "--ledsagerbevis.fiks.simulator.status-step=500ms",
          "--ledsagerbevis.caseletter.delivery-poll-interval=PT2S",
          "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME.toMillis(),
          "--camunda.bpm.job-execution.wait-time-in-millis=200",
          "--camunda.bpm.job-execution.max-wait=2000",
          // The node's name in ACT_HI_JOB_LOG.HOSTNAME_, so the tests can tell who ran each job.
          "--camunda.bpm.generic-properties.properties.hostname=" + name,
          "--ledsagerbevis.fiks.maskinporten.timeout=3s",
          "--ledsagerbevis.fiks.svarut.connect-timeout=1s", "--ledsagerbevis.fiks.svarut.read-timeout=10s",
          "--ledsagerbevis.fiks.api.connect-timeout=1s", "--ledsagerbevis.fiks.api.read-timeout=10s",
          "--ledsagerbevis.fiks.forvaltning.connect-timeout=1s", "--ledsagerbevis.fiks.forvaltning.read-timeout=10s",
          "--ledsagerbevis.fiks.svarut-send-read-timeout=12s"));
      command.addAll(extraArguments);
      Files.writeString(log, "");
      process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      awaitLog("Demo cases ready for municipality", Duration.ofMinutes(4));
    } catch (RuntimeException e) {
      kill();
      throw e;
    }
    return this;
  }

  /** {@code kill -9}: no shutdown hook, no job unlocked, transactions cut off where they are. */
  void kill() {
    process.destroyForcibly();
    waitForExit();
  }

  Http http() {
    return new Http("http://localhost:" + port);
  }

  String name() {
    return name;
  }

  boolean alive() {
    return process != null && process.isAlive();
  }

  private void awaitLog(String line, Duration atMost) {
    Instant deadline = Instant.now().plus(atMost);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + " before it was ready; see " + log);
      }
      try {
        String text = Files.readString(log);
        if (text.contains(line)) {
          return;
        }
        if (text.contains("Demo cases for municipality")) {
          throw new IllegalStateException(name + " could not set up the demo municipality; see " + log);
        }
        Thread.sleep(500);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException(name + " not ready within " + atMost + "; see " + log);
  }

  private void waitForExit() {
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    if (alive()) {
      process.destroy();
      try {
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
          kill();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        kill();
      }
    }
  }

  private static Path jar() {
    String configured = System.getProperty("reliability.jar");
    Path jar = configured != null ? Path.of(configured) : Path.of("target", "ledsagerbevis-0.1.0-SNAPSHOT.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("The packaged application " + jar + " is missing: run './mvnw verify -Preliability'"
          + " (package builds it before the integration tests).");
    }
    return jar;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
