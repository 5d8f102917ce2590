package no.ledsagerbevis.errors;

/**
 * A failure that trying the same job again cannot fix (Fiks refused the request as such). Thrown out of a
 * delegate, it makes the job an incident at once instead of going through the BPMN retry cycle
 * ({@code system.PermanentFailureRetryPlugin}); its message is the incident message.
 */
public interface PermanentFailure {

  /** False when this instance may still succeed on a later try (an expired token, rate limiting). */
  boolean isPermanent();

  /** True when {@code failure} or one of its causes is permanent. */
  static boolean in(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof PermanentFailure permanent && permanent.isPermanent()) {
        return true;
      }
    }
    return false;
  }
}
