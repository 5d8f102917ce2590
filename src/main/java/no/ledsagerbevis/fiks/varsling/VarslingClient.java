package no.ledsagerbevis.fiks.varsling;

/** Fiks varsling: SMS to a person through the municipality's varsling account. */
public interface VarslingClient {

  /** @return the SMS id */
  String sendSms(String kontoId, Sms sms);

  SmsStatus status(String kontoId, String smsId);
}
