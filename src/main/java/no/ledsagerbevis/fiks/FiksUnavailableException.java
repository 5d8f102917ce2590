package no.ledsagerbevis.fiks;

/**
 * Fiks could not be reached or answered 5xx, timed out, reset the connection or sent something we
 * cannot read. A technical failure: thrown out of a delegate so that the engine retries the job. The message
 * (which becomes the job's exception and, when the retries run out, the incident message in Cockpit) says what
 * failed and what the operator does next.
 */
public class FiksUnavailableException extends RuntimeException {

  private final boolean outcomeUnknown;

  static final String WHAT_TO_DO = "Jobben prøves igjen automatisk. Blir det en hendelse (incident): se fiks i "
      + "/actuator/health, vent til tjenesten svarer, og gi jobben nye forsøk i Cockpit (docs/operations.md, «Fiks er nede»).";

  public FiksUnavailableException(String message) {
    this(message, false);
  }

  public FiksUnavailableException(String message, Throwable cause) {
    super(FiksErrors.withAdvice(message, WHAT_TO_DO), cause);
    this.outcomeUnknown = false;
  }

  private FiksUnavailableException(String message, boolean outcomeUnknown) {
    super(FiksErrors.withAdvice(message, WHAT_TO_DO));
    this.outcomeUnknown = outcomeUnknown;
  }

  /**
   * The request reached Fiks but no usable answer came back (read timeout, connection broken mid-answer, an
   * answer we cannot read): Fiks may have done the work.
   */
  public static FiksUnavailableException outcomeUnknown(String message) {
    return new FiksUnavailableException(message, true);
  }

  /**
   * True when Fiks may have done the work (see {@link #outcomeUnknown(String)}); false when Fiks answered with an
   * error or could not be reached at all, so the work was not done.
   */
  public boolean isOutcomeUnknown() {
    return outcomeUnknown;
  }
}
