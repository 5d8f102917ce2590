package no.ledsagerbevis.onboarding;

import no.ledsagerbevis.access.InstanceMunicipality;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Start listener of every milestone event in {@code ledsagerbevis-onboarding}: records its {@link OnboardingStatus}. */
@Component("onboardingMilestoneListener")
class OnboardingMilestoneListener implements ExecutionListener {

  private final MunicipalityRegistry registry;

  OnboardingMilestoneListener(MunicipalityRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String elementId = execution.getCurrentActivityId();
    OnboardingMilestone milestone = OnboardingMilestone.of(elementId).orElseThrow(() -> new IllegalStateException(
        "BPMN element " + elementId + " carries the milestone listener but is no OnboardingMilestone"));
    registry.updateStatus(InstanceMunicipality.kommunenummer(execution), milestone.status());
  }
}
