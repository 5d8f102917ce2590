package no.ledsagerbevis.letters;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Renders decision letters single-threaded and prints letters per second. Not a test: run it with
 * {@code ./mvnw -B -Pbenchmark test} (see docs/benchmarks.md). The four
 * variants are rendered in turn, each with its own case id, so nothing is cached between letters.
 *
 * <p>Arguments: number of measured letters (default 5000), number of warm-up letters (default 3000).
 */
public final class DecisionLetterBenchmark {

  private DecisionLetterBenchmark() {
  }

  public static void main(String[] args) {
    int letters = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
    int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
    DecisionLetterPdf pdf = new DecisionLetterPdf();

    run(pdf, warmUp);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long processCpuBefore = os.getProcessCpuTime();
    long threadCpuBefore = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    long bytes = run(pdf, letters);
    double wall = (System.nanoTime() - start) / 1e9;
    double threadCpu = (threads.getCurrentThreadCpuTime() - threadCpuBefore) / 1e9;
    double processCpu = (os.getProcessCpuTime() - processCpuBefore) / 1e9;

    OperatingSystemMXBean system = ManagementFactory.getOperatingSystemMXBean();
    System.out.printf(Locale.ROOT, "letters=%d warmUp=%d avgPdfBytes=%d%n", letters, warmUp, bytes / letters);
    System.out.printf(Locale.ROOT, "wall=%.2fs -> %.0f letters/s (wall clock, one rendering thread)%n",
        wall, letters / wall);
    System.out.printf(Locale.ROOT, "threadCpu=%.2fs -> %.0f letters per CPU second of the rendering thread%n",
        threadCpu, letters / threadCpu);
    System.out.printf(Locale.ROOT, "processCpu=%.2fs -> %.0f letters per CPU second of the whole JVM (incl. GC, JIT)%n",
        processCpu, letters / processCpu);
    System.out.printf(Locale.ROOT, "java=%s %s, availableProcessors=%d, loadAverage=%.2f%n",
        System.getProperty("java.vm.name"), System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), system.getSystemLoadAverage());
  }

  private static long run(DecisionLetterPdf pdf, int count) {
    long bytes = 0;
    for (int i = 0; i < count; i++) {
      byte[] rendered = pdf.render(letter(i));
      if (rendered.length < 1000 || rendered[0] != '%') {
        throw new IllegalStateException("Not a PDF: letter " + i);
      }
      bytes += rendered.length;
    }
    return bytes;
  }

  private static DecisionLetter letter(int i) {
    Spraak spraak = (i & 1) == 0 ? Spraak.BOKMAAL : Spraak.NYNORSK;
    boolean approved = (i & 2) == 0;
    return new DecisionLetter(spraak, approved ? Vedtak.INNVILGET : Vedtak.AVSLAATT, "Oslo kommune",
        "sak-" + i, "2026/" + i, "Åse Ærlig Øverby " + i, List.of("Storgata " + (i % 200), "0155 Oslo"),
        "158385*****", LocalDate.of(2026, 11, 24), 1 + (i & 1), approved ? LocalDate.of(2028, 11, 24) : null,
        approved ? null : "Legeerklæringen viser at behovet for følge er midlertidig.", "Kari Saksbehandler",
        new Footer("Postboks 6999 St. Olavs plass", "0130", "Oslo", "21802180"));
  }
}
