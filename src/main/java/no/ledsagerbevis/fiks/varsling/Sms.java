package no.ledsagerbevis.fiks.varsling;

/** One SMS: text (at most 1600 characters), the recipient's fødselsnummer and 8-digit phone number. */
public record Sms(String tekst, String fnr, String telefonnummer) {

  @Override
  public String toString() {
    return "Sms[tegn=" + (tekst == null ? 0 : tekst.length()) + "]";
  }
}
