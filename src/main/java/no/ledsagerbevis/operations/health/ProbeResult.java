package no.ledsagerbevis.operations.health;

import java.net.http.HttpTimeoutException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/** The outcome of one reachability probe of a Fiks service, as shown under {@code fiks} in /actuator/health. */
record ProbeResult(Status status, String url, Integer httpStatus, long millis, String error, Instant checkedAt) {

  static ProbeResult pending(String url) {
    return new ProbeResult(Status.UNKNOWN, url, null, 0, "Første kontroll pågår", null);
  }

  static ProbeResult answered(String url, int httpStatus, long millis, Instant checkedAt) {
    Status status = httpStatus >= 500 ? Status.DOWN : Status.UP;
    return new ProbeResult(status, url, httpStatus, millis, null, checkedAt);
  }

  static ProbeResult failed(String url, Throwable error, long millis, Instant checkedAt) {
    return new ProbeResult(Status.DOWN, url, null, millis, describe(error), checkedAt);
  }

  Health health() {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("url", url);
    if (httpStatus != null) {
      details.put("httpStatus", httpStatus);
    }
    if (checkedAt != null) {
      details.put("responstidMs", millis);
      details.put("kontrollert", checkedAt.toString());
    }
    if (error != null) {
      details.put("feil", error);
    }
    return Health.status(status).withDetails(details).build();
  }

  private static String describe(Throwable error) {
    Throwable root = error;
    boolean timedOut = isTimeout(root);
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
      timedOut |= isTimeout(root);
    }
    // A timeout closes the connection, so the innermost cause may be "connection closed locally": the timeout is the news.
    String what = timedOut ? "Ingen svar innen tidsgrensen" : switch (root.getClass().getSimpleName()) {
      case "UnresolvedAddressException", "UnknownHostException" -> "Fant ikke vertsnavnet";
      case "ConnectException" -> "Fikk ikke forbindelse";
      default -> "Ingen svar";
    };
    // The URL is our own fixed probe path; messages of connection errors carry host names at most.
    return what + " (" + root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage()) + ")";
  }

  private static boolean isTimeout(Throwable error) {
    return error instanceof HttpTimeoutException || error instanceof TimeoutException;
  }
}
