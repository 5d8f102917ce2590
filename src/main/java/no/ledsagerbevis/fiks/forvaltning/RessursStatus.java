package no.ledsagerbevis.fiks.forvaltning;

public enum RessursStatus {
  OPPRETTET, IKKE_OPPRETTET
}
