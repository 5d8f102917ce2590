package no.ledsagerbevis.retention;

/** The key, element ids and variable of {@code ledsagerbevis-retention} «Slett utløpte saker». */
public final class RetentionProcess {

  public static final String PROCESS_KEY = "ledsagerbevis-retention";
  public static final String START_EVENT = "StartEvent_Nightly";
  public static final String TASK_MARK_CLOSED_CASES = "Task_MarkClosedCases";
  public static final String TASK_ERASE_EXPIRED_CASE = "Task_EraseExpiredCase";
  public static final String END_EVENT = "EndEvent_ExpiredCasesErased";
  /** The multi-instance element variable: the id of the case one inner instance deletes. */
  public static final String SAKS_ID = "saksId";

  private RetentionProcess() {
  }
}
