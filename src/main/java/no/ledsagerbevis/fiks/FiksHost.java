package no.ledsagerbevis.fiks;

/** The three Fiks hosts with their own base URL and timeouts. */
public enum FiksHost {
  SVARUT, API, FORVALTNING
}
