package no.ledsagerbevis.onboarding;

import no.ledsagerbevis.errors.FieldErrors;
import no.ledsagerbevis.validation.ValidatingCompleteListener;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Completion check of {@code Task_ActivateMissingServices}. The tick is removed once accepted, so that
 * the next round of the loop asks for it again.
 */
@Component("activateMissingServicesCompleteListener")
class ActivateMissingServicesCompleteListener extends ValidatingCompleteListener {

  @Override
  protected void validate(DelegateTask task) {
    FieldErrors errors = new FieldErrors();
    RequiredCheckbox.check(task, OnboardingProcess.TJENESTER_AKTIVERT,
        "Kryss av for at du har aktivert tjenestene som mangler i Fiks forvaltning.", errors);
    errors.throwIfAny();
    task.removeVariable(OnboardingProcess.TJENESTER_AKTIVERT);
  }
}
