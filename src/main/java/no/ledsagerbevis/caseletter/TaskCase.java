package no.ledsagerbevis.caseletter;

/**
 * A task's case as the task list and the case card show it. No fødselsnummer: the list needs none, and
 * {@link #toString()} hides the name because Spring logs response bodies at debug level.
 */
public record TaskCase(String oppgaveId, String saksId, String kommunenummer, String gruppeId, String referansenummer,
    String navn, String status) {

  static TaskCase of(String oppgaveId, CompanionCase sak) {
    return new TaskCase(oppgaveId, sak.saksId(), sak.kommunenummer(), sak.gruppeId(), sak.referansenummer(),
        sak.navn() == null ? null : sak.navn().fulltNavn(), sak.status().name());
  }

  @Override
  public String toString() {
    return "TaskCase[oppgaveId=" + oppgaveId + ", saksId=" + saksId + "]";
  }
}
