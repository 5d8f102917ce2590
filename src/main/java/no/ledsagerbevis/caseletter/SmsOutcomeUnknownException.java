package no.ledsagerbevis.caseletter;

import no.ledsagerbevis.errors.PermanentFailure;

/** The app SMS may have been sent already and its one resend is used: an operator decides (incident at once). */
class SmsOutcomeUnknownException extends RuntimeException implements PermanentFailure {

  SmsOutcomeUnknownException(String saksId) {
    super("Send SMS med Fiks varsling for sak " + saksId + ": to forsøk endte uten lesbart svar (tidsavbrudd, brutt "
        + "forbindelse eller stopp før SMS-id ble lagret), så SMS-en kan være sendt, kanskje to ganger. Appen sender "
        + "ikke flere av seg selv. Finn ut om SMS-en kom fram (innbyggeren eller kommunen). Kom den: sett "
        + "caseletter_case.sms_id til 'kontrollert' for saken. Kom den ikke: sett caseletter_case.sms_sending_started "
        + "til NULL. Gi så jobben nye forsøk i Cockpit (docs/reliability.md, «SMS»).");
  }

  @Override
  public boolean isPermanent() {
    return true;
  }
}
