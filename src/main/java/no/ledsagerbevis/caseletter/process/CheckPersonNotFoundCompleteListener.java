package no.ledsagerbevis.caseletter.process;

import no.ledsagerbevis.caseletter.ProcessVariables;
import no.ledsagerbevis.errors.InvalidInputException;
import no.ledsagerbevis.validation.ValidatingCompleteListener;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Completion check of {@code Task_CheckPersonNotFound}: the case handler must choose what happens next. */
@Component
public class CheckPersonNotFoundCompleteListener extends ValidatingCompleteListener {

  static final String LOOK_UP_AGAIN = "SLAA_OPP_IGJEN";
  static final String CLOSE_CASE = "AVSLUTT_SAK";

  private final CaseOfInstance caseOfInstance;

  CheckPersonNotFoundCompleteListener(CaseOfInstance caseOfInstance) {
    this.caseOfInstance = caseOfInstance;
  }

  @Override
  protected void validate(DelegateTask task) {
    caseOfInstance.of(task.getExecution());
    Object choice = task.getVariable(ProcessVariables.PERSON_HANDLING);
    if (!LOOK_UP_AGAIN.equals(choice) && !CLOSE_CASE.equals(choice)) {
      throw new InvalidInputException(ProcessVariables.PERSON_HANDLING,
          "Velg om personen skal slås opp på nytt eller om saken skal avsluttes.");
    }
  }
}
