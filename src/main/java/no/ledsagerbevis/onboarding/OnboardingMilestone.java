package no.ledsagerbevis.onboarding;

import java.util.Arrays;
import java.util.Optional;

/**
 * The named events of {@code ledsagerbevis-onboarding} that move the municipality's {@link OnboardingStatus}:
 * a process owner sees each status change as an event on the canvas, and the code keys it by element id here.
 */
public enum OnboardingMilestone {
  SERVICES_MISSING(OnboardingProcess.EVENT_SERVICES_MISSING, OnboardingStatus.VENTER_PAA_TJENESTER),
  SERVICES_ACTIVE(OnboardingProcess.EVENT_SERVICES_ACTIVE, OnboardingStatus.ONBOARDING),
  READY_FOR_SIGNING(OnboardingProcess.EVENT_READY_FOR_SIGNING, OnboardingStatus.VENTER_PAA_SIGNERING),
  AGREEMENT_SIGNED(OnboardingProcess.EVENT_AGREEMENT_SIGNED, OnboardingStatus.KONFIGURERES),
  CONFIGURED(OnboardingProcess.EVENT_CONFIGURED, OnboardingStatus.TILGANG),
  SERVICE_ACTIVATED(OnboardingProcess.END_EVENT_SERVICE_ACTIVATED, OnboardingStatus.AKTIV),
  AGREEMENT_EXPIRED(OnboardingProcess.END_EVENT_AGREEMENT_EXPIRED, OnboardingStatus.AVTALE_UTLOPT);

  private final String elementId;
  private final OnboardingStatus status;

  OnboardingMilestone(String elementId, OnboardingStatus status) {
    this.elementId = elementId;
    this.status = status;
  }

  public String elementId() {
    return elementId;
  }

  public OnboardingStatus status() {
    return status;
  }

  public static Optional<OnboardingMilestone> of(String elementId) {
    return Arrays.stream(values()).filter(milestone -> milestone.elementId.equals(elementId)).findFirst();
  }
}
