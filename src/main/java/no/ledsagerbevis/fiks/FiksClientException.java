package no.ledsagerbevis.fiks;

import no.ledsagerbevis.errors.PermanentFailure;

/**
 * Fiks answered 4xx: our request is wrong (or our credentials are). Retrying the same request will not
 * help: out of a job it is a {@link PermanentFailure}, an incident at once (a delegate may turn it into a
 * BpmnError instead). Not permanent: 401 (a token that expired on the way), 408 and 429 (Fiks asks us to come
 * back). The message never carries a fødselsnummer.
 */
public class FiksClientException extends RuntimeException implements PermanentFailure {

  private final int status;
  private final String errorCode;

  static final String CHECK_CREDENTIALS = "Kontroller IntegrasjonId, IntegrasjonPassord og Maskinporten-oppsettet, og at "
      + "integrasjonen har tilgang til tjenesten i Fiks forvaltning; gi så jobben nye forsøk i Cockpit "
      + "(docs/operations.md, «Hendelser»).";
  static final String REJECTED = "Jobben prøves ikke igjen automatisk, nye forsøk gir samme svar: rett årsaken i feilmeldingen, eller meld feilen til "
      + "utviklerne med errorId (docs/operations.md, «Hendelser»).";

  public FiksClientException(int status, String errorCode, String message) {
    super(FiksErrors.withAdvice(message, status == 401 || status == 403 ? CHECK_CREDENTIALS : REJECTED));
    this.status = status;
    this.errorCode = errorCode;
  }

  @Override
  public boolean isPermanent() {
    return status != 401 && status != 408 && status != 429;
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
