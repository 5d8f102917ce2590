package no.ledsagerbevis.caseletter;

/** The decision of an assessment; the value of the process variable {@code vedtak}. */
public enum Vedtak {
  INNVILGET, AVSLAATT
}
