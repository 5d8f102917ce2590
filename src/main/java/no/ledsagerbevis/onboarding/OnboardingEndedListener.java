package no.ledsagerbevis.onboarding;

import no.ledsagerbevis.access.InstanceMunicipality;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** End listener of {@code ledsagerbevis-onboarding}: unless the process reached a final status, it was cancelled. */
@Component("onboardingEndedListener")
class OnboardingEndedListener implements ExecutionListener {

  private final MunicipalityRegistry registry;

  OnboardingEndedListener(MunicipalityRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void notify(DelegateExecution execution) {
    registry.markCancelledUnlessFinished(InstanceMunicipality.kommunenummer(execution));
  }
}
