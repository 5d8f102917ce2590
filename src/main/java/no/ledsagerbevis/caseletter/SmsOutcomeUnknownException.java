package no.ledsagerbevis.caseletter;

import no.ledsagerbevis.errors.PermanentFailure;

/** The app SMS may have been sent already and its one resend is used: an operator decides (incident at once). */
class SmsOutcomeUnknownException extends RuntimeException implements PermanentFailure {

  SmsOutcomeUnknownException(String saksId) {
    super("Send SMS med Fiks varsling for sak " + saksId + ": to forsøk endte uten lesbart svar (tidsavbrudd, brutt "
        + "forbindelse eller stopp før SMS-id ble lagret), så SMS-en kan være sendt, kanskje to ganger. Appen sender "
        + "ikke flere av seg selv. Spør innbyggeren eller kommunen om SMS-en kom; skal den sendes igjen: sett "
        + "caseletter_case.sms_sending_started til NULL for saken og gi jobben nye forsøk i Cockpit; skal den ikke: "
        + "flytt saken forbi oppgaven «Send SMS om appen» (docs/operations.md, «Hendelser»).");
  }

  @Override
  public boolean isPermanent() {
    return true;
  }
}
