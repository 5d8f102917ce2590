package no.ledsagerbevis.fiks.forvaltning;

/** A register role or an account; {@code nyOpprettet} tells whether this call created it. */
public record Ressurs(String id, RessursStatus status, boolean nyOpprettet) {

  public static Ressurs ikkeOpprettet() {
    return new Ressurs(null, RessursStatus.IKKE_OPPRETTET, false);
  }

  public boolean opprettet() {
    return status == RessursStatus.OPPRETTET;
  }
}
