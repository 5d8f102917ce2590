package no.ledsagerbevis.caseletter;

import no.ledsagerbevis.fiks.varsling.Sms;
import no.ledsagerbevis.fiks.varsling.VarslingClient;
import org.springframework.stereotype.Service;

/**
 * Tells the new holder by SMS how to log in to the app (phone number + a 6-digit code the app sends).
 * Sent at most once per case: the SMS id is kept and checked first.
 */
@Service
public class AppSmsService {

  private final CaseRepository cases;
  private final CaseEventRepository events;
  private final MunicipalityAccounts accounts;
  private final MunicipalityDirectory directory;
  private final VarslingClient varsling;

  AppSmsService(CaseRepository cases, CaseEventRepository events, MunicipalityAccounts accounts,
      MunicipalityDirectory directory, VarslingClient varsling) {
    this.cases = cases;
    this.events = events;
    this.accounts = accounts;
    this.directory = directory;
    this.varsling = varsling;
  }

  /** @return the SMS id (the earlier one when already sent) */
  public String send(String saksId) {
    CompanionCase sak = cases.get(saksId);
    if (sak.smsId() != null) {
      return sak.smsId();
    }
    String kontoId = accounts.varslingKontoId(sak.kommunenummer());
    String kommunenavn = directory.kommunenavn(sak.kommunenummer());
    String smsId = varsling.sendSms(kontoId, new Sms(tekst(kommunenavn, sak.telefonnummer()), sak.fnr(), sak.telefonnummer()));
    cases.saveSmsId(saksId, smsId);
    events.record(saksId, CaseEventType.SMS_SENDT, null);
    return smsId;
  }

  static String tekst(String kommunenavn, String telefonnummer) {
    return "Du har fått digitalt ledsagerbevis fra " + kommunenavn + ". Last ned appen Digitalt ledsagerbevis "
        + "og logg inn med telefonnummeret " + telefonnummer + ". Du får da en kode på 6 siffer på SMS "
        + "som du skriver inn i appen.";
  }
}
