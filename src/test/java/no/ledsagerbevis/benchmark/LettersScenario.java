package no.ledsagerbevis.benchmark;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.ledsagerbevis.letters.DecisionLetterBenchmark;

/** Scenario 4: {@link DecisionLetterBenchmark} in a JVM sized for one core (as its own Maven run does). */
final class LettersScenario {

  record Result(double wallPerSecond, double threadCpuPerSecond, double jvmCpuPerSecond, int letters) {
  }

  private static final Pattern RATE = Pattern.compile("-> (\\d+) letters");

  Result run(int letters, int warmUp) throws Exception {
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:ActiveProcessorCount=1", "-XX:+UseSerialGC", "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        DecisionLetterBenchmark.class.getName(), String.valueOf(letters), String.valueOf(warmUp));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    double[] rates = new double[3];
    int found = 0;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        System.out.println("[letters] " + line);
        Matcher m = RATE.matcher(line);
        if (m.find() && found < 3) {
          rates[found++] = Double.parseDouble(m.group(1));
        }
      }
    }
    if (process.waitFor() != 0 || found < 3) {
      throw new IllegalStateException("DecisionLetterBenchmark failed (exit " + process.exitValue() + ")");
    }
    return new Result(rates[0], rates[1], rates[2], letters);
  }
}
