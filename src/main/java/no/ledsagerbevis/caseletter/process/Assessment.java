package no.ledsagerbevis.caseletter.process;

import java.time.LocalDate;
import no.ledsagerbevis.caseletter.CaseRules;
import no.ledsagerbevis.caseletter.Decision;
import no.ledsagerbevis.caseletter.ProcessVariables;
import no.ledsagerbevis.caseletter.Vedtak;
import no.ledsagerbevis.errors.FieldErrors;
import no.ledsagerbevis.errors.InvalidInputException;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What the case handler submitted in «Vurder søknad», read and checked by the form's rules: by the completion
 * check, which refuses, and by {@code Task_RecordDecision}, which records.
 */
record Assessment(Vedtak vedtak, String begrunnelse, Integer antallLedsagere, LocalDate utlopsdato) {

  static final int MAX_BEGRUNNELSE = 4000;

  /** Every broken rule goes into {@code errors}; the fields of a broken rule are null. */
  static Assessment read(VariableScope form, FieldErrors errors) {
    Vedtak vedtak = errors.check(() -> vedtak(form.getVariable(ProcessVariables.VEDTAK)));
    String begrunnelse = text(form.getVariable(ProcessVariables.BEGRUNNELSE));
    Integer antall = errors.check(() -> CaseRules.antallLedsagere(ProcessVariables.ANTALL_LEDSAGERE,
        form.getVariable(ProcessVariables.ANTALL_LEDSAGERE)));
    LocalDate utlopsdato = errors.check(() -> CaseRules.utlopsdato(ProcessVariables.UTLOPSDATO,
        form.getVariable(ProcessVariables.UTLOPSDATO)));
    if (vedtak == Vedtak.AVSLAATT && begrunnelse == null) {
      errors.add(ProcessVariables.BEGRUNNELSE, "Begrunnelse må fylles ut når søknaden avslås.");
    }
    if (begrunnelse != null && begrunnelse.length() > MAX_BEGRUNNELSE) {
      errors.add(ProcessVariables.BEGRUNNELSE, "Begrunnelsen kan ha høyst " + MAX_BEGRUNNELSE + " tegn.");
    }
    return new Assessment(vedtak, begrunnelse, antall, utlopsdato);
  }

  Decision decision(String saksbehandler) {
    return new Decision(vedtak, begrunnelse, antallLedsagere, utlopsdato, saksbehandler);
  }

  private static Vedtak vedtak(Object value) {
    if (value instanceof String s) {
      for (Vedtak v : Vedtak.values()) {
        if (v.name().equals(s.trim())) {
          return v;
        }
      }
    }
    throw new InvalidInputException(ProcessVariables.VEDTAK, "Velg vedtak: innvilget eller avslått.");
  }

  private static String text(Object value) {
    return value instanceof String s && !s.isBlank() ? s.trim() : null;
  }

  @Override
  public String toString() {
    // The reason for a refusal may tell of the applicant's health: never in a log.
    return "Assessment[vedtak=" + vedtak + ", antallLedsagere=" + antallLedsagere + ", utlopsdato=" + utlopsdato + "]";
  }
}
