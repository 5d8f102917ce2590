package no.ledsagerbevis.onboarding;

/** Where a municipality stands in taking Digitalt ledsagerbevis into use. */
public enum OnboardingStatus {
  /** Started, or waiting for the dedicated SvarUt account. */
  ONBOARDING,
  VENTER_PAA_TJENESTER,
  VENTER_PAA_SIGNERING,
  KONFIGURERES,
  TILGANG,
  AKTIV,
  /** The tjenestebilag was not signed within 30 days; the onboarding stopped and may be started again. */
  AVTALE_UTLOPT,
  /** The onboarding process was cancelled (e.g. in Cockpit) before it finished. */
  AVBRUTT;

  /** True while an onboarding process is (supposed to be) running. */
  public boolean underveis() {
    return this != AKTIV && this != AVTALE_UTLOPT && this != AVBRUTT;
  }
}
