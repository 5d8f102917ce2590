package no.ledsagerbevis.letters;

/** The decision a letter announces. */
public enum Vedtak {
  INNVILGET,
  AVSLAATT
}
