package no.ledsagerbevis.simulator;

import java.util.UUID;
import no.ledsagerbevis.fiks.FiksErrors;
import org.springframework.http.HttpStatus;

/** KS's error body: {@code {timestamp, status, error, errorId, path, message, errorCode, errorJson}}. */
record KsErrorBody(long timestamp, int status, String error, String errorId, String path, String message,
    String errorCode, String errorJson) {

  static KsErrorBody of(HttpStatus status, String path, String message, String errorCode, String errorJson) {
    return new KsErrorBody(System.currentTimeMillis(), status.value(), status.getReasonPhrase(),
        UUID.randomUUID().toString(), FiksErrors.mask(path), message, errorCode, errorJson);
  }
}
