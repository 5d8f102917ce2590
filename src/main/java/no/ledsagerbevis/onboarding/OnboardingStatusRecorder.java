package no.ledsagerbevis.onboarding;

import org.springframework.stereotype.Component;

/**
 * Moves a municipality's {@link OnboardingStatus} as the onboarding process passes its steps; called
 * from execution listeners in {@code ledsagerbevis-onboarding.bpmn} as {@code ${onboardingStatus...}}.
 */
@Component("onboardingStatus")
public class OnboardingStatusRecorder {

  private final MunicipalityRegistry registry;

  OnboardingStatusRecorder(MunicipalityRegistry registry) {
    this.registry = registry;
  }

  public void mark(String kommunenummer, String status) {
    registry.updateStatus(kommunenummer, OnboardingStatus.valueOf(status));
  }

  /** The process has ended: unless it reached a final status, it was cancelled. */
  public void ended(String kommunenummer) {
    registry.find(kommunenummer)
        .filter(municipality -> municipality.status().underveis())
        .ifPresent(municipality -> registry.updateStatus(kommunenummer, OnboardingStatus.AVBRUTT));
  }
}
