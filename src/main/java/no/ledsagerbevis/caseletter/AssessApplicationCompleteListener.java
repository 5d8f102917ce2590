package no.ledsagerbevis.caseletter;

import java.time.LocalDate;
import no.ledsagerbevis.errors.FieldErrors;
import no.ledsagerbevis.errors.InvalidInputException;
import no.ledsagerbevis.validation.ValidatingCompleteListener;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Completion check of {@code Task_AssessApplication}: repeats the form's rules on the server, requires a
 * photo before approval, records the completing user as {@code saksbehandler} (the user is gone after the
 * next async step) and writes the decision onto the case.
 */
@Component
public class AssessApplicationCompleteListener extends ValidatingCompleteListener {

  static final int MAX_BEGRUNNELSE = 4000;

  private final CaseIdentityCheck identity;
  private final PhotoRepository photos;
  private final DecisionRecorder recorder;

  AssessApplicationCompleteListener(CaseIdentityCheck identity, PhotoRepository photos, DecisionRecorder recorder) {
    this.identity = identity;
    this.photos = photos;
    this.recorder = recorder;
  }

  @Override
  protected void validate(DelegateTask task) {
    String saksId = identity.verify(task);
    FieldErrors errors = new FieldErrors();
    Vedtak vedtak = errors.check(() -> vedtak(task.getVariable(ProcessVariables.VEDTAK)));
    String begrunnelse = text(task.getVariable(ProcessVariables.BEGRUNNELSE));
    Integer antall = errors.check(() -> CaseRules.antallLedsagere(ProcessVariables.ANTALL_LEDSAGERE,
        task.getVariable(ProcessVariables.ANTALL_LEDSAGERE)));
    LocalDate utlopsdato = errors.check(() -> CaseRules.utlopsdato(ProcessVariables.UTLOPSDATO,
        task.getVariable(ProcessVariables.UTLOPSDATO)));
    if (vedtak == Vedtak.AVSLAATT && begrunnelse == null) {
      errors.add(ProcessVariables.BEGRUNNELSE, "Begrunnelse må fylles ut når søknaden avslås.");
    }
    if (begrunnelse != null && begrunnelse.length() > MAX_BEGRUNNELSE) {
      errors.add(ProcessVariables.BEGRUNNELSE, "Begrunnelsen kan ha høyst " + MAX_BEGRUNNELSE + " tegn.");
    }
    if (vedtak == Vedtak.INNVILGET && !photos.exists(saksId)) {
      errors.add("bilde", "Last opp bilde av søkeren før søknaden innvilges (PUT .../saker/" + saksId + "/bilde).");
    }
    String saksbehandler = completingUser(task);
    if (saksbehandler == null) {
      errors.add(ProcessVariables.SAKSBEHANDLER, "Oppgaven må fullføres av en innlogget saksbehandler.");
    }
    errors.throwIfAny();

    task.setVariable(ProcessVariables.VEDTAK, vedtak.name());
    task.setVariable(ProcessVariables.BEGRUNNELSE, begrunnelse);
    task.setVariable(ProcessVariables.ANTALL_LEDSAGERE, antall);
    task.setVariable(ProcessVariables.UTLOPSDATO, utlopsdato.toString());
    task.setVariable(ProcessVariables.SAKSBEHANDLER, saksbehandler);
    recorder.recordDecision(saksId, new Decision(vedtak, begrunnelse, antall, utlopsdato, saksbehandler));
  }

  static String completingUser(DelegateTask task) {
    Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
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
}
