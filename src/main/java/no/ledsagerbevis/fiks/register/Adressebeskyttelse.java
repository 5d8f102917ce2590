package no.ledsagerbevis.fiks.register;

/** The folkeregister's address protection (adressebeskyttelse / adressegradering). */
public enum Adressebeskyttelse {
  UGRADERT, FORTROLIG, STRENGT_FORTROLIG, STRENGT_FORTROLIG_UTLAND;

  /** The address must not be shown or printed. */
  public boolean beskyttet() {
    return this != UGRADERT;
  }
}
