package no.ledsagerbevis.caseletter;

import java.time.LocalDate;

/** A checked assessment: what was decided, why, for how many companions, until when, and by whom. */
public record Decision(Vedtak vedtak, String begrunnelse, int antallLedsagere, LocalDate utlopsdato,
    String saksbehandler) {

  /**
   * The case's status once this decision is recorded: a refusal ends the assessment; an approval stays
   * {@code UNDER_BEHANDLING} until {@code Task_IssueCertificate} makes it {@code AKTIV}.
   */
  CaseStatus caseStatus() {
    return vedtak == Vedtak.AVSLAATT ? CaseStatus.AVSLAATT : CaseStatus.UNDER_BEHANDLING;
  }
}
