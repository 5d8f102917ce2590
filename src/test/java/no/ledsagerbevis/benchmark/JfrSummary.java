package no.ledsagerbevis.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/** The hottest methods of a JFR recording: top frames (self time) and the share of samples under a few packages. */
final class JfrSummary {

  private static final List<String> AREAS = List.of("no.ledsagerbevis.", "org.camunda.", "org.apache.ibatis.",
      "org.postgresql.", "com.zaxxer.hikari.", "org.springframework.security.", "org.apache.catalina.",
      "com.lowagie.", "java.util.zip.");

  static List<String> summarize(Path recording, int top) throws IOException {
    Map<String, Integer> self = new HashMap<>();
    Map<String, Integer> areas = new HashMap<>();
    int samples = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
      if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null
          || event.getStackTrace().getFrames().isEmpty()) {
        continue;
      }
      samples++;
      List<RecordedFrame> frames = event.getStackTrace().getFrames();
      RecordedFrame first = frames.get(0);
      self.merge(first.getMethod().getType().getName() + "." + first.getMethod().getName(), 1, Integer::sum);
      for (String area : AREAS) {
        if (frames.stream().anyMatch(f -> f.getMethod().getType().getName().startsWith(area))) {
          areas.merge(area, 1, Integer::sum);
        }
      }
    }
    List<String> lines = new ArrayList<>();
    final int total = Math.max(1, samples);
    lines.add(String.format(Locale.ROOT, "%,d execution samples", samples));
    self.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
        .forEach(e -> lines.add(String.format(Locale.ROOT, "self %5.1f %%  %s", 100.0 * e.getValue() / total, e.getKey())));
    areas.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(e -> lines.add(String.format(Locale.ROOT, "on stack %5.1f %%  %s*", 100.0 * e.getValue() / total,
            e.getKey())));
    return lines;
  }
}
