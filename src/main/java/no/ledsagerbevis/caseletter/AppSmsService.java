package no.ledsagerbevis.caseletter;

import no.ledsagerbevis.fiks.varsling.Sms;
import no.ledsagerbevis.fiks.varsling.VarslingClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells the new holder by SMS how to log in to the app (phone number + a 6-digit code the app sends).
 * Sent at most once per case. Fiks varsling has no reference to look a sent SMS up by, so the mark
 * "sending started" and the SMS id are written in transactions of their own, outside the job's: a job
 * that rolls back after the send keeps the id, and a send interrupted before its id was written is not
 * repeated but ends as an incident for an operator to check.
 */
@Service
public class AppSmsService {

  private final CaseRepository cases;
  private final CaseEventRepository events;
  private final MunicipalityAccounts accounts;
  private final MunicipalityDirectory directory;
  private final VarslingClient varsling;
  private final TransactionTemplate ownTransaction;

  AppSmsService(CaseRepository cases, CaseEventRepository events, MunicipalityAccounts accounts,
      MunicipalityDirectory directory, VarslingClient varsling, PlatformTransactionManager transactions) {
    this.cases = cases;
    this.events = events;
    this.accounts = accounts;
    this.directory = directory;
    this.varsling = varsling;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** @return the SMS id (the earlier one when already sent) */
  public String send(CompanionCase sak) {
    String saksId = sak.saksId();
    if (sak.smsId() != null) {
      return sak.smsId();
    }
    String kontoId = accounts.varslingKontoId(sak.kommunenummer());
    String kommunenavn = directory.kommunenavn(sak.kommunenummer());
    Sms sms = new Sms(tekst(kommunenavn, sak.telefonnummer()), sak.fnr(), sak.telefonnummer());
    if (!Boolean.TRUE.equals(ownTransaction.execute(status -> cases.markSmsSending(saksId)))) {
      throw new IllegalStateException("The app SMS of case " + saksId + " was started earlier without recording"
          + " its id; it may have been sent. Check Fiks varsling, then clear caseletter_case.sms_sending_started"
          + " (or set sms_id) and retry the job.");
    }
    String smsId;
    try {
      smsId = varsling.sendSms(kontoId, sms);
    } catch (RuntimeException e) {
      ownTransaction.executeWithoutResult(status -> cases.clearSmsSending(saksId));
      throw e;
    }
    ownTransaction.executeWithoutResult(status -> {
      cases.saveSmsId(saksId, smsId);
      events.record(saksId, CaseEventType.SMS_SENDT, null);
    });
    return smsId;
  }

  static String tekst(String kommunenavn, String telefonnummer) {
    return "Du har fått digitalt ledsagerbevis fra " + kommunenavn + ". Last ned appen Digitalt ledsagerbevis "
        + "og logg inn med telefonnummeret " + telefonnummer + ". Du får da en kode på 6 siffer på SMS "
        + "som du skriver inn i appen.";
  }
}
