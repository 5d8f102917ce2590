package no.ledsagerbevis.fiksrejection;

import java.util.function.Supplier;
import no.ledsagerbevis.fiks.FiksClientException;
import org.camunda.bpm.engine.delegate.BpmnError;

/**
 * A Fiks answer that retrying cannot fix (4xx), in a step whose BPMN has a path for it: the boundary error event
 * {@code FIKS_AVVIST} leads to «Rett feilen Fiks meldte» at once instead of through every retry. The error
 * message (Norwegian, no personal data) lands in {@code fiksFeilmelding} through the event's
 * {@code camunda:errorMessageVariable}, and the task's form shows it.
 */
public final class FiksRejection {

  public static final String ERROR_CODE = "FIKS_AVVIST";
  public static final String TASK_RESOLVE = "Task_ResolveFiksRejection";
  public static final String FORM = "resolve-fiks-rejection";
  /** What Fiks answered, written by the boundary event; read-only in the form. */
  public static final String FEILMELDING = "fiksFeilmelding";
  /** The administrator's tick that the cause is fixed. */
  public static final String FEIL_RETTET = "fiksFeilRettet";

  private FiksRejection() {
  }

  /**
   * Runs a step of a delegate; a rejection by Fiks becomes the BPMN error {@link #ERROR_CODE}. What a later try
   * may fix (401, 408, 429: {@link FiksClientException#isPermanent()}) stays the job's to retry.
   */
  public static <T> T orBpmnError(Supplier<T> step) {
    try {
      return step.get();
    } catch (FiksClientException e) {
      if (!e.isPermanent()) {
        throw e;
      }
      throw new BpmnError(ERROR_CODE, e.getMessage(), e);
    }
  }
}
