package no.ledsagerbevis.fiks;

/**
 * Fiks answered 4xx: our request is wrong (or our credentials are). Retrying the same request will not
 * help, so the engine should not retry; a delegate turns it into an incident or a BpmnError. The message
 * never carries a fødselsnummer.
 */
public class FiksClientException extends RuntimeException {

  private final int status;
  private final String errorCode;

  public FiksClientException(int status, String errorCode, String message) {
    super(message);
    this.status = status;
    this.errorCode = errorCode;
  }

  /** The HTTP status Fiks answered with (400..499). */
  public int status() {
    return status;
  }

  /** KS's {@code errorCode} from the error body, or null when the body had none. */
  public String errorCode() {
    return errorCode;
  }
}
