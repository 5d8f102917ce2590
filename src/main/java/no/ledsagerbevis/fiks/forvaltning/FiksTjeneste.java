package no.ledsagerbevis.fiks.forvaltning;

/** The Fiks services Digitalt ledsagerbevis needs a municipality to have activated. */
public enum FiksTjeneste {
  SVARUT, REGISTER, DOKUMENTLAGER
}
