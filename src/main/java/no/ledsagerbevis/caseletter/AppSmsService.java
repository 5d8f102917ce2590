package no.ledsagerbevis.caseletter;

import no.ledsagerbevis.fiks.FiksUnavailableException;
import no.ledsagerbevis.fiks.varsling.Sms;
import no.ledsagerbevis.fiks.varsling.VarslingClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells the new holder by SMS how to log in to the app (phone number + a 6-digit code the app sends).
 * Fiks varsling has no reference to look a sent SMS up by, so exactly once cannot be promised: the mark
 * "sending started" and the SMS id are written in transactions of their own, outside the job's, so that a job
 * that rolls back after the send keeps the id. A send that Fiks refused or failed with an answer lifts the
 * mark (the retry sends). A send whose outcome is unknown (no or unreadable answer, or a crash before the id was
 * written) keeps it: the next try sends once more, and after that an operator decides. At most two SMS per
 * case (docs/reliability.md, «SMS»).
 */
@Service
public class AppSmsService {

  private final CaseRepository cases;
  private final CaseEventRepository events;
  private final MunicipalityAccounts accounts;
  private final MunicipalityDirectory directory;
  private final VarslingClient varsling;
  private final AppSmsResend resend;
  private final TransactionTemplate ownTransaction;

  AppSmsService(CaseRepository cases, CaseEventRepository events, MunicipalityAccounts accounts,
      MunicipalityDirectory directory, VarslingClient varsling, AppSmsResend resend, PlatformTransactionManager transactions) {
    this.cases = cases;
    this.resend = resend;
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
    if (!Boolean.TRUE.equals(ownTransaction.execute(status -> cases.markSmsSending(saksId)))
        && !Boolean.TRUE.equals(ownTransaction.execute(status -> resend.take(saksId)))) {
      throw new SmsOutcomeUnknownException(saksId);
    }
    String smsId;
    try {
      smsId = varsling.sendSms(kontoId, sms);
    } catch (FiksUnavailableException e) {
      if (!e.isOutcomeUnknown()) {
        ownTransaction.executeWithoutResult(status -> cases.clearSmsSending(saksId));
      }
      throw e;
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
