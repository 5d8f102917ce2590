package no.ledsagerbevis.fiks;

/**
 * Fiks answered 4xx: our request is wrong (or our credentials are). Retrying the same request will not
 * help, so the engine should not retry; a delegate turns it into an incident or a BpmnError. The message
 * never carries a fødselsnummer.
 */
public class FiksClientException extends RuntimeException {

  private final int status;
  private final String errorCode;

  static final String CHECK_CREDENTIALS = "Kontroller IntegrasjonId, IntegrasjonPassord og Maskinporten-oppsettet, og at "
      + "integrasjonen har tilgang til tjenesten i Fiks forvaltning; gi så jobben nye forsøk i Cockpit "
      + "(docs/operations.md, «Hendelser»).";
  static final String REJECTED = "Nye forsøk gir samme svar: rett årsaken i feilmeldingen, eller meld feilen til "
      + "utviklerne med errorId (docs/operations.md, «Hendelser»).";

  public FiksClientException(int status, String errorCode, String message) {
    super(FiksErrors.withAdvice(message, status == 401 || status == 403 ? CHECK_CREDENTIALS : REJECTED));
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
