package no.ledsagerbevis.onboarding;

import no.ledsagerbevis.errors.ConflictException;
import no.ledsagerbevis.errors.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Start listener of {@code ledsagerbevis-onboarding}: refuses a bad start before anything is kept. */
@Component("onboardingStartListener")
class OnboardingStartListener implements ExecutionListener {

  private final OnboardingService onboarding;

  OnboardingStartListener(OnboardingService onboarding) {
    this.onboarding = onboarding;
  }

  @Override
  public void notify(DelegateExecution execution) {
    try {
      onboarding.prepare(execution);
    } catch (InvalidInputException | ConflictException e) {
      throw new OnboardingRefusedException(e);
    }
  }
}
