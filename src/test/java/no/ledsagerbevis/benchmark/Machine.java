package no.ledsagerbevis.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the benchmark ran on. */
final class Machine {

  private Machine() {
  }

  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + " / " + parts[1] + " / " + parts[2];
    } catch (IOException e) {
      return String.format("%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  static String describe(Pg pg) {
    String cpu = "?";
    String memory = "?";
    try {
      List<String> cpuinfo = Files.readAllLines(Path.of("/proc/cpuinfo"));
      cpu = cpuinfo.stream().filter(l -> l.startsWith("model name")).findFirst().map(l -> l.substring(l.indexOf(':') + 2))
          .orElse("?");
      memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
          .findFirst().map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024 + " GB").orElse("?");
    } catch (IOException e) {
      // not Linux: leave the question marks
    }
    String postgres;
    try (var c = pg.connect("postgres"); var s = c.createStatement(); var rs = s.executeQuery("SHOW server_version")) {
      rs.next();
      postgres = "PostgreSQL " + rs.getString(1);
    } catch (java.sql.SQLException e) {
      postgres = "PostgreSQL ?";
    }
    return Runtime.getRuntime().availableProcessors() + " vCPU " + cpu + ", " + memory + " RAM, Java "
        + System.getProperty("java.version") + ", " + postgres + " on the same machine";
  }
}
