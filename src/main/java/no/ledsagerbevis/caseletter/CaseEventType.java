package no.ledsagerbevis.caseletter;

/**
 * The events of a case's history. {@code OPPRETTET}, {@code SENDT_EIER}, {@code SENDT_PRINT},
 * {@code IKKE_SENDT_EIER} and {@code REVOKERT} are KS's own; the rest cover our process steps.
 */
public enum CaseEventType {
  OPPRETTET("Saken er opprettet."),
  BILDE_LASTET_OPP("Bildet er lastet opp."),
  PERSON_FUNNET("Personen er slått opp i Folkeregisteret."),
  PERSON_IKKE_FUNNET("Personen finnes ikke i Folkeregisteret."),
  SAK_AVSLUTTET("Saken er avsluttet uten vedtak."),
  VEDTAK_FATTET("Vedtak er fattet."),
  BILDE_LAGRET("Bildet er lagret i dokumentlageret."),
  BEVIS_UTSTEDT("Ledsagerbeviset er utstedt og aktivt."),
  SMS_SENDT("SMS om innlogging i appen er sendt."),
  BREV_LAGET("Vedtaksbrevet er laget."),
  BREV_SENDT("Vedtaksbrevet er sendt til SvarUt."),
  SENDT_EIER("Vedtaksbrevet er levert digitalt til innbyggeren."),
  SENDT_PRINT("Vedtaksbrevet er sendt som papirpost."),
  IKKE_SENDT_EIER("Vedtaksbrevet ble ikke levert til innbyggeren."),
  BREV_FULGT_OPP("Det ikke leverte vedtaksbrevet er fulgt opp."),
  BREV_SENDES_FRA_FAGSYSTEM("Kommunen sender vedtaksbrevet fra sitt eget fagsystem."),
  REVOKERT("Ledsagerbeviset er tilbakekalt.");

  private final String beskrivelse;

  CaseEventType(String beskrivelse) {
    this.beskrivelse = beskrivelse;
  }

  /** The Norwegian default text shown in the history. */
  public String beskrivelse() {
    return beskrivelse;
  }
}
