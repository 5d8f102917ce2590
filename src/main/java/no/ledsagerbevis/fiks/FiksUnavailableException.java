package no.ledsagerbevis.fiks;

/**
 * Fiks could not be reached or answered 5xx, timed out, reset the connection or sent something we
 * cannot read. A technical failure: thrown out of a delegate so that the engine retries the job.
 */
public class FiksUnavailableException extends RuntimeException {

  public FiksUnavailableException(String message) {
    super(message);
  }

  public FiksUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
