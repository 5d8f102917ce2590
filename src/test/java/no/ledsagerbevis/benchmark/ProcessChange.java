package no.ledsagerbevis.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.ledsagerbevis.support.Http;

/**
 * Part of scenario 3: a new version of the case process while 100,000 cases are open. A process owner's change
 * reaches the engine as a new deployment (here the case process and every form through engine-rest, as one new
 * deployment of the app would bring them); at the next start {@code ProcessVersionMigration} moves the open cases to
 * it before the application reports ready. Measured: how long that start takes, and that every case moved within
 * the application's heap ({@code -Xmx512m}).
 */
final class ProcessChange {

  record Result(double readySeconds, long moved, long stayed, List<String> errors) {
  }

  static final String CASE_PROCESS = "ledsagerbevis-decision-letter";
  private static final Pattern MOVED = Pattern.compile(
      "Moved (\\d+) running instances of " + CASE_PROCESS + " from version \\d+ to \\d+; (\\d+) stay");
  private static final String BOUNDARY = "benchmark-process-change";

  private final BenchmarkSettings settings;
  private final Path projectDir;

  ProcessChange(BenchmarkSettings settings) {
    this.settings = settings;
    // The benchmark profile runs in the project's folder, where processes/ and forms/ are.
    this.projectDir = Path.of("").toAbsolutePath();
  }

  /** Deploys the case process anew as the operator {@code admin}; the running application keeps running. */
  void deploy(AppProcess app) {
    Http admin = new Http(app.baseUrl()).as("admin", "admin");
    Http.Response response = admin.send("POST", "/engine-rest/deployment/create",
        "multipart/form-data; boundary=" + BOUNDARY, deployment());
    if (response.status() != 200) {
      throw new IllegalStateException("The process change was not deployed: " + response.status() + " " + response.body());
    }
  }

  /** Starts the application again on the scale database and reads from its log how many open cases moved. */
  Result restartAndMove(long openCases) {
    try (AppProcess app = AppProcess.start(settings.jar(), settings.workDir(), "scale-process-change",
        settings.appJvmArgs("scale-process-change"), settings.appArgs(settings.scaleDb()))) {
      Matcher moved = MOVED.matcher(Files.readString(app.log(), StandardCharsets.UTF_8));
      List<String> errors = new ArrayList<>();
      if (!moved.find()) {
        errors.add("the restart after the process change moved no cases (no «Moved ... " + CASE_PROCESS + "» in "
            + app.log() + ")");
        return new Result(app.readySeconds, 0, 0, errors);
      }
      long movedCount = Long.parseLong(moved.group(1));
      long stayed = Long.parseLong(moved.group(2));
      if (movedCount < openCases || stayed > 0) {
        errors.add("after the process change " + movedCount + " cases moved and " + stayed + " stayed; expected all "
            + openCases + " open cases to move");
      }
      return new Result(app.readySeconds, movedCount, stayed, errors);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private byte[] deployment() {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    field(body, "deployment-name", "benchmark: endret saksprosess");
    field(body, "deployment-source", "benchmark");
    file(body, projectDir.resolve("processes").resolve(CASE_PROCESS + ".bpmn"));
    try (Stream<Path> forms = Files.list(projectDir.resolve("forms"))) {
      forms.filter(f -> f.toString().endsWith(".form")).sorted().forEach(f -> file(body, f));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return body.toByteArray();
  }

  private static void field(ByteArrayOutputStream body, String name, String value) {
    body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
        + "\r\n").getBytes(StandardCharsets.UTF_8));
  }

  private static void file(ByteArrayOutputStream body, Path file) {
    String name = file.getFileName().toString();
    try {
      body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
          + name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.writeBytes(Files.readAllBytes(file));
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
