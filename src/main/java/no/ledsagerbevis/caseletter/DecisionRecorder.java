package no.ledsagerbevis.caseletter;

import org.springframework.stereotype.Service;

/** Writes what case handlers decide in user tasks onto the case and its history. */
@Service
public class DecisionRecorder {

  private final CaseRepository cases;
  private final CaseEventRepository events;

  DecisionRecorder(CaseRepository cases, CaseEventRepository events) {
    this.cases = cases;
    this.events = events;
  }

  public void recordDecision(String saksId, Decision decision) {
    cases.saveDecision(saksId, decision, CaseRules.today(), decision.caseStatus());
    String tekst = decision.vedtak() == Vedtak.INNVILGET
        ? "Vedtak fattet: innvilget for " + decision.antallLedsagere() + " ledsager" + (decision.antallLedsagere() == 2 ? "e" : "")
            + ", gyldig til " + decision.utlopsdato() + "."
        : "Vedtak fattet: avslått.";
    events.record(saksId, CaseEventType.VEDTAK_FATTET, decision.saksbehandler(), tekst);
  }

  /** The case ends without a decision, for example when the person is not in the register. */
  public void close(String saksId) {
    cases.updateStatus(saksId, CaseStatus.AVSLUTTET);
    events.record(saksId, CaseEventType.SAK_AVSLUTTET, null);
  }

  public void recordLetterFollowUp(String saksId, String saksbehandler, String tiltak) {
    events.record(saksId, CaseEventType.BREV_FULGT_OPP, saksbehandler,
        CaseEventType.BREV_FULGT_OPP.beskrivelse() + " Tiltak: " + tiltak + ".");
  }

  public void recordLetterFromJournalSystem(String saksId) {
    events.record(saksId, CaseEventType.BREV_SENDES_FRA_FAGSYSTEM, null);
  }
}
