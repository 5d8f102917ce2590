package no.ledsagerbevis.operations.health;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import no.ledsagerbevis.fiks.FiksHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Reachability of the Fiks services, never in the caller's time: {@link #current} answers from the cache at
 * once and, when the cached result is older than the time to live, starts a new probe in the background.
 * A probe is one unauthenticated GET on the service's API root with a hard timeout; it sends nothing.
 */
@Component
class FiksProbes {

  private final FiksHttp fiks;
  private final FiksHealthProperties properties;
  private final Clock clock;
  private final HttpClient http;
  private final Map<FiksService, ProbeResult> results = new ConcurrentHashMap<>();
  private final Map<FiksService, CompletableFuture<ProbeResult>> running = new ConcurrentHashMap<>();

  @Autowired
  FiksProbes(FiksHttp fiks, FiksHealthProperties properties) {
    this(fiks, properties, Clock.systemUTC());
  }

  FiksProbes(FiksHttp fiks, FiksHealthProperties properties, Clock clock) {
    this.fiks = fiks;
    this.properties = properties;
    this.clock = clock;
    this.http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(properties.getTimeout())
        .build();
  }

  /** The last result (or "pending" before the first); starts a background probe when it is stale. */
  ProbeResult current(FiksService service) {
    ProbeResult last = results.get(service);
    if (last == null || isStale(last)) {
      refresh(service);
    }
    return last != null ? last : ProbeResult.pending(describeUrl(service));
  }

  @EventListener(ApplicationReadyEvent.class)
  void probeAllAtStart() {
    for (FiksService service : FiksService.values()) {
      refresh(service);
    }
  }

  /** Starts a probe unless one is already running (then that one); the result lands in the cache when it completes. */
  CompletableFuture<ProbeResult> refresh(FiksService service) {
    CompletableFuture<ProbeResult> started = new CompletableFuture<>();
    CompletableFuture<ProbeResult> alreadyRunning = running.putIfAbsent(service, started);
    if (alreadyRunning != null) {
      return alreadyRunning;
    }
    probe(service).whenComplete((result, error) -> {
      results.put(service, result);
      running.remove(service, started);
      started.complete(result);
    });
    return started;
  }

  private CompletableFuture<ProbeResult> probe(FiksService service) {
    Instant started = clock.instant();
    URI uri;
    try {
      uri = fiks.uri(service.host(), service.probePath());
    } catch (RuntimeException e) {
      return CompletableFuture.completedFuture(ProbeResult.failed("(ikke konfigurert)", e, 0, started));
    }
    String url = uri.toString();
    HttpRequest request = HttpRequest.newBuilder(uri).GET().timeout(properties.getTimeout()).build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .orTimeout(properties.getTimeout().toMillis() * 2, TimeUnit.MILLISECONDS)
        .handle((response, error) -> {
          long millis = Duration.between(started, clock.instant()).toMillis();
          return error == null
              ? ProbeResult.answered(url, response.statusCode(), millis, started)
              : ProbeResult.failed(url, error, millis, started);
        });
  }

  private boolean isStale(ProbeResult result) {
    return result.checkedAt() == null
        || result.checkedAt().plus(properties.getCacheTimeToLive()).isBefore(clock.instant());
  }

  private String describeUrl(FiksService service) {
    try {
      return fiks.uri(service.host(), service.probePath()).toString();
    } catch (RuntimeException e) {
      return "(ikke konfigurert)";
    }
  }
}
