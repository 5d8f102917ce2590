package no.ledsagerbevis.configuration;

/** The written language of letters to citizens. */
public enum Spraak {
  BOKMAAL, NYNORSK
}
