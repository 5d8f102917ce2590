package no.ledsagerbevis.onboarding;

import no.ledsagerbevis.errors.FieldErrors;
import no.ledsagerbevis.validation.ValidatingCompleteListener;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Completion check of {@code Task_CreateSvarUtAccount}: {@code svarUtKontoOpprettet} must be true. */
@Component("createSvarUtAccountCompleteListener")
class CreateSvarUtAccountCompleteListener extends ValidatingCompleteListener {

  @Override
  protected void validate(DelegateTask task) {
    FieldErrors errors = new FieldErrors();
    RequiredCheckbox.check(task, OnboardingProcess.SVARUT_KONTO_OPPRETTET,
        "Opprett en egen SvarUt-konto for Digitalt ledsagerbevis og kryss av for at den er opprettet.", errors);
    errors.throwIfAny();
  }
}
