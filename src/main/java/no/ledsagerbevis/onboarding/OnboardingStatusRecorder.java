package no.ledsagerbevis.onboarding;

import org.springframework.stereotype.Component;

/**
 * The status expressions of onboarding versions before the milestone events
 * ({@code ${onboardingStatus.mark(..., 'KONFIGURERES')}}). {@code system.ProcessVersionMigration} moves running
 * instances to the latest version at start; this bean stays until no instance can be left on such a version
 * (docs/process-owners.md). New versions use {@link OnboardingMilestoneListener} and {@link OnboardingEndedListener}.
 */
@Component("onboardingStatus")
class OnboardingStatusRecorder {

  private final MunicipalityRegistry registry;

  OnboardingStatusRecorder(MunicipalityRegistry registry) {
    this.registry = registry;
  }

  public void mark(String kommunenummer, String status) {
    registry.updateStatus(kommunenummer, OnboardingStatus.valueOf(status));
  }

  public void ended(String kommunenummer) {
    registry.markCancelledUnlessFinished(kommunenummer);
  }
}
