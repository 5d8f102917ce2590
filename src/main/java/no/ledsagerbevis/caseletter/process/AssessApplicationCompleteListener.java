package no.ledsagerbevis.caseletter.process;

import no.ledsagerbevis.caseletter.PhotoRepository;
import no.ledsagerbevis.caseletter.ProcessVariables;
import no.ledsagerbevis.caseletter.Vedtak;
import no.ledsagerbevis.errors.FieldErrors;
import no.ledsagerbevis.validation.ValidatingCompleteListener;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Completion check of {@code Task_AssessApplication}: repeats the form's rules on the server and requires a
 * photo before approval and a logged-in case handler. It only checks; {@code Task_RecordDecision} records.
 */
@Component
public class AssessApplicationCompleteListener extends ValidatingCompleteListener {

  private final CaseOfInstance caseOfInstance;
  private final PhotoRepository photos;

  AssessApplicationCompleteListener(CaseOfInstance caseOfInstance, PhotoRepository photos) {
    this.caseOfInstance = caseOfInstance;
    this.photos = photos;
  }

  @Override
  protected void validate(DelegateTask task) {
    String saksId = caseOfInstance.of(task.getExecution()).saksId();
    FieldErrors errors = new FieldErrors();
    Assessment assessment = Assessment.read(task, errors);
    if (assessment.vedtak() == Vedtak.INNVILGET && !photos.exists(saksId)) {
      errors.add("bilde", "Last opp bilde av søkeren før søknaden innvilges (PUT .../saker/" + saksId + "/bilde).");
    }
    if (completingUser(task) == null) {
      errors.add(ProcessVariables.SAKSBEHANDLER, "Oppgaven må fullføres av en innlogget saksbehandler.");
    }
    errors.throwIfAny();
  }

  static String completingUser(DelegateTask task) {
    Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
