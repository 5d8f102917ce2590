package no.ledsagerbevis.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the machine's CPU went during a scenario: the application's JVM, the benchmark's own JVM (its client threads,
 * and in scenario 2 the bare engine), and the rest of the machine (PostgreSQL, with nothing else running). It tells
 * whether a scenario was limited by the CPU and what one case costs in CPU time, which no profile of one process can.
 */
final class CpuMeter {

  /** CPU seconds spent between two snapshots, and the wall-clock seconds between them. */
  record Use(double applicationSeconds, double benchmarkSeconds, double restSeconds, double wallSeconds, int cores) {

    double totalSeconds() {
      return applicationSeconds + benchmarkSeconds + restSeconds;
    }

    /** Share of all cores that was busy, 0 to 1. */
    double machineBusy() {
      return totalSeconds() / (wallSeconds * cores);
    }

    /** Milliseconds of CPU per unit of work (a case or an instance), for each part. */
    String perUnit(long units, String applicationName) {
      return String.format("%.0f ms %s + %.0f ms benchmark JVM + %.0f ms PostgreSQL and the rest = %.0f ms CPU; "
              + "machine %.0f %% busy over %d cores", 1000 * applicationSeconds / units, applicationName,
          1000 * benchmarkSeconds / units, 1000 * restSeconds / units, 1000 * totalSeconds() / units,
          100 * machineBusy(), cores);
    }

    /** One short clause for a scenario's line: CPU per unit and how busy the machine was. */
    String brief(long units) {
      return String.format("CPU %.0f ms/unit (app %.0f, benchmark %.0f, PostgreSQL+rest %.0f), machine %.0f %% busy",
          1000 * totalSeconds() / units, 1000 * applicationSeconds / units, 1000 * benchmarkSeconds / units,
          1000 * restSeconds / units, 100 * machineBusy());
    }

    /** What the whole machine could do at most if every core were busy with this work and nothing else. */
    double ceilingPerSecond(long units) {
      return cores * units / totalSeconds();
    }
  }

  private static final double JIFFIES_PER_SECOND = 100.0;

  private final long machineBusyJiffies;
  private final double applicationCpu;
  private final double benchmarkCpu;
  private final long nanoTime;
  private final long applicationPid;

  private CpuMeter(long applicationPid) {
    this.applicationPid = applicationPid;
    this.nanoTime = System.nanoTime();
    this.machineBusyJiffies = machineBusyJiffies();
    this.applicationCpu = processCpuSeconds(applicationPid);
    this.benchmarkCpu = processCpuSeconds(ProcessHandle.current().pid());
  }

  /** A snapshot now; {@code applicationPid} 0 when the application runs inside the benchmark's JVM. */
  static CpuMeter start(long applicationPid) {
    return new CpuMeter(applicationPid);
  }

  Use stop() {
    CpuMeter end = new CpuMeter(applicationPid);
    double machine = (end.machineBusyJiffies - machineBusyJiffies) / JIFFIES_PER_SECOND;
    double application = end.applicationCpu - applicationCpu;
    double benchmark = end.benchmarkCpu - benchmarkCpu;
    return new Use(application, benchmark, Math.max(0, machine - application - benchmark),
        (end.nanoTime - nanoTime) / 1e9, Runtime.getRuntime().availableProcessors());
  }

  private static double processCpuSeconds(long pid) {
    if (pid == 0) {
      return 0;
    }
    return ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration()).map(Duration::toNanos).orElse(0L) / 1e9;
  }

  /** user + nice + system + irq + softirq + steal of the first line of /proc/stat (Linux; 0 elsewhere). */
  private static long machineBusyJiffies() {
    try {
      String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      return Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6])
          + Long.parseLong(f[7]) + Long.parseLong(f[8]);
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }
}
