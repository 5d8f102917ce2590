package no.ledsagerbevis.simulator;

import org.springframework.http.HttpStatus;

/** An error the simulated Fiks service answers with, rendered as KS's error body. */
class SimulatorException extends RuntimeException {

  private final HttpStatus status;
  private final String errorCode;
  private final String errorJson;

  SimulatorException(HttpStatus status, String errorCode, String message) {
    this(status, errorCode, message, null);
  }

  SimulatorException(HttpStatus status, String errorCode, String message, String errorJson) {
    super(message);
    this.status = status;
    this.errorCode = errorCode;
    this.errorJson = errorJson;
  }

  static SimulatorException notFound(String errorCode, String message) {
    return new SimulatorException(HttpStatus.NOT_FOUND, errorCode, message);
  }

  static SimulatorException forbidden(String errorCode, String message) {
    return new SimulatorException(HttpStatus.FORBIDDEN, errorCode, message);
  }

  HttpStatus status() {
    return status;
  }

  String errorCode() {
    return errorCode;
  }

  String errorJson() {
    return errorJson;
  }
}
