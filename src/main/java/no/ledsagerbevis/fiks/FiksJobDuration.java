package no.ledsagerbevis.fiks;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/**
 * How long one engine job can wait on Fiks at most, from the configured timeouts: every call is connect plus
 * read timeout, and may first fetch a Maskinporten token (connect plus read). A job's duration is the sum of
 * its calls; the longest job is the one that sends the signed tjenestebilag (forvaltning account look-up,
 * SvarUt look-up by eksternReferanse, SvarUt send). Keep {@link #JOBS} in step when a delegate gains a call.
 */
public final class FiksJobDuration {

  /** The Fiks calls each kind of job makes, in order. */
  public record Job(String name, List<Call> calls) {
  }

  /** One call: which host, and whether it is the SvarUt send with its own read timeout. */
  public enum Call {
    SVARUT, SVARUT_SEND, API, FORVALTNING
  }

  static final List<Job> JOBS = List.of(
      new Job("Send signert tjenestebilag", List.of(Call.FORVALTNING, Call.SVARUT, Call.SVARUT_SEND)),
      new Job("Lagre signert tjenestebilag", List.of(Call.FORVALTNING, Call.API)),
      new Job("Send vedtaksbrev", List.of(Call.SVARUT, Call.SVARUT_SEND)),
      new Job("Sjekk leveringsstatus", List.of(Call.SVARUT)),
      new Job("Lagre bildet i dokumentlager", List.of(Call.FORVALTNING, Call.API)),
      new Job("Slå opp i Folkeregisteret", List.of(Call.API)),
      new Job("Send SMS", List.of(Call.API)),
      new Job("Opprett Fiks-ressurs", List.of(Call.FORVALTNING, Call.FORVALTNING)));

  private final FiksProperties properties;

  public FiksJobDuration(FiksProperties properties) {
    this.properties = properties;
  }

  /** The job with the longest worst case. */
  public Job longestJob() {
    return JOBS.stream().max(Comparator.comparing(this::worstCase)).orElseThrow();
  }

  public Duration worstCase(Job job) {
    return job.calls().stream().map(this::worstCase).reduce(Duration.ZERO, Duration::plus);
  }

  Duration worstCase(Call call) {
    Duration token = properties.getMaskinporten().getTimeout().multipliedBy(2);
    FiksProperties.Service service = switch (call) {
      case SVARUT, SVARUT_SEND -> properties.getSvarut();
      case API -> properties.getApi();
      case FORVALTNING -> properties.getForvaltning();
    };
    Duration read = call == Call.SVARUT_SEND ? properties.getSvarutSendReadTimeout() : service.getReadTimeout();
    return token.plus(service.getConnectTimeout()).plus(read);
  }
}
