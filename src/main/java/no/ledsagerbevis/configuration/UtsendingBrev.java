package no.ledsagerbevis.configuration;

/** Whether we send decision letters, or the municipality sends them from its journal system (K12). */
public enum UtsendingBrev {
  SENDE_BREV, IKKE_SENDE_BREV
}
