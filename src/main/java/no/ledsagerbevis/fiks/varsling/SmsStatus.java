package no.ledsagerbevis.fiks.varsling;

public enum SmsStatus {
  OPPRETTET, SENDT, IKKE_SENDT, IKKE_LEVERT, LEVERT, UKJENT;

  /** Nothing more will happen to the SMS. */
  public boolean isFinal() {
    return this == LEVERT || this == IKKE_LEVERT || this == IKKE_SENDT;
  }
}
