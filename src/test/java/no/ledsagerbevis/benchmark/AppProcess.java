package no.ledsagerbevis.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.ledsagerbevis.benchmark.sqlcount.SqlCountingPostProcessor;
import no.ledsagerbevis.support.Http;

/**
 * The packaged application (the Spring Boot jar) in a JVM of its own, started through Spring Boot's
 * PropertiesLauncher so that the benchmark's SQL counter can be put beside it with {@code loader.path}.
 */
final class AppProcess implements AutoCloseable {

  private final Process process;
  private final int port;
  private final Path sqlCountFile;
  private final Path log;
  final double readySeconds;

  private AppProcess(Process process, int port, Path sqlCountFile, Path log, double readySeconds) {
    this.process = process;
    this.port = port;
    this.sqlCountFile = sqlCountFile;
    this.log = log;
    this.readySeconds = readySeconds;
  }

  static AppProcess start(Path jar, Path workDir, String name, List<String> jvmArgs, List<String> appArgs) {
    try {
      Path sqlCountFile = workDir.resolve(name + "-sql.tsv");
      Files.deleteIfExists(sqlCountFile);
      List<String> launch = new ArrayList<>(jvmArgs);
      launch.add("-Dloader.path=" + counterFolder(workDir));
      launch.add("-Dbenchmark.sqlcount.file=" + sqlCountFile);
      launch.add("-cp");
      launch.add(jar.toString());
      launch.add("org.springframework.boot.loader.launch.PropertiesLauncher");
      return launch(launch, workDir, name, sqlCountFile, appArgs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** As the container image starts it: {@code java <jvmArgs> -jar <jar>}, without the SQL counter. */
  static AppProcess startPlain(Path jar, Path workDir, String name, List<String> jvmArgs, List<String> appArgs) {
    List<String> launch = new ArrayList<>(jvmArgs);
    launch.add("-jar");
    launch.add(jar.toString());
    return launch(launch, workDir, name, workDir.resolve(name + "-sql.tsv"), appArgs);
  }

  private static AppProcess launch(List<String> launch, Path workDir, String name, Path sqlCountFile,
      List<String> appArgs) {
    try {
      int port = freePort();
      Path log = workDir.resolve(name + ".log");
      List<String> command = new ArrayList<>();
      command.add(java());
      command.addAll(launch);
      command.add("--server.port=" + port);
      command.addAll(appArgs);
      long started = System.nanoTime();
      Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start();
      // The application never outlives the benchmark, even when the benchmark is stopped.
      Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
      Http http = new Http("http://localhost:" + port);
      long deadline = System.currentTimeMillis() + 600_000;
      while (true) {
        if (!process.isAlive()) {
          throw new IllegalStateException("The application stopped during start-up; see " + log);
        }
        if (System.currentTimeMillis() > deadline) {
          process.destroyForcibly();
          throw new IllegalStateException("The application was not ready within 600 s; see " + log);
        }
        try {
          if (http.get("/actuator/health/readiness").status() == 200) {
            break;
          }
        } catch (RuntimeException notYet) {
          // not listening yet
        }
        Thread.sleep(100);
      }
      double ready = (System.nanoTime() - started) / 1e9;
      return new AppProcess(process, port, sqlCountFile, log, ready);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  String baseUrl() {
    return "http://localhost:" + port;
  }

  Path log() {
    return log;
  }

  boolean isAlive() {
    return process.isAlive();
  }

  long pid() {
    return process.pid();
  }

  /** Heap in use now (bytes), from the application's Prometheus metrics. */
  long heapUsed() {
    String text = new Http(baseUrl()).as("admin", "admin").get("/actuator/prometheus").body();
    long sum = 0;
    for (String line : text.split("\n")) {
      if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
        sum += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return sum;
  }

  /** Statement text -> executions, per data source bean ({@code name<TAB>sql}); empty when the counter is not there. */
  Map<String, Long> sqlCounts() {
    Map<String, Long> counts = new HashMap<>();
    try {
      if (!Files.exists(sqlCountFile)) {
        return counts;
      }
      for (String line : Files.readAllLines(sqlCountFile, StandardCharsets.UTF_8)) {
        String[] parts = line.split("\t", 3);
        if (parts.length == 3) {
          counts.put(parts[0] + "\t" + parts[2], Long.parseLong(parts[1]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return counts;
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  /** A folder with the SQL counter's classes and the file that makes Spring Boot load it. */
  private static Path counterFolder(Path workDir) throws IOException {
    Path folder = workDir.resolve("sqlcount-loader");
    String pkg = SqlCountingPostProcessor.class.getPackageName().replace('.', '/');
    Path target = folder.resolve(pkg);
    Files.createDirectories(target);
    Path source;
    try {
      source = Path.of(SqlCountingPostProcessor.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .resolve(pkg);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    try (var files = Files.list(source)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        Files.copy(file, target.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Path imports = folder.resolve("META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports");
    Files.createDirectories(imports.getParent());
    Files.writeString(imports, SqlCountingPostProcessor.class.getName() + "\n");
    return folder;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
