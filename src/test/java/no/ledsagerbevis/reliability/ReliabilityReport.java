package no.ledsagerbevis.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The numbers of one run, printed and appended to {@code target/reliability/results.txt} for docs/reliability.md. */
final class ReliabilityReport {

  private final String test;
  private final Instant started = Instant.now();
  private final Map<String, Object> numbers = new LinkedHashMap<>();

  ReliabilityReport(String test) {
    this.test = test;
  }

  ReliabilityReport put(String name, Object value) {
    numbers.put(name, value);
    return this;
  }

  static long seconds(Instant from, Instant to) {
    return Math.round(Duration.between(from, to).toMillis() / 1000.0);
  }

  void write() {
    numbers.put("total seconds", seconds(started, Instant.now()));
    StringBuilder line = new StringBuilder(Instant.now() + " " + test + ":");
    numbers.forEach((name, value) -> line.append(' ').append(name).append('=').append(value).append(';'));
    System.out.println(line);
    Path file = Path.of(System.getProperty("reliability.log-dir", "target/reliability"), "results.txt");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
