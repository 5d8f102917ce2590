package no.ledsagerbevis.fiks.varsling;

import no.ledsagerbevis.fiks.FiksHost;
import no.ledsagerbevis.fiks.FiksHttp;
import no.ledsagerbevis.fiks.FiksUnavailableException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/** Fiks varsling (SMS): {@code POST /varsling/api/v2/sms/{kontoId}/send}, {@code GET .../sms/{smsId}}. */
@Component
public class HttpVarslingClient implements VarslingClient {

  private final FiksHttp http;

  public HttpVarslingClient(FiksHttp http) {
    this.http = http;
  }

  @Override
  public String sendSms(String kontoId, Sms sms) {
    SmsRequest request = new SmsRequest(sms.tekst(), sms.fnr(), sms.telefonnummer());
    IdResponse response = http.call("Send SMS med Fiks varsling", () -> http.client(FiksHost.API).post()
        .uri(http.uri(FiksHost.API, "/varsling/api/v2/sms/{kontoId}/send", kontoId))
        .contentType(MediaType.APPLICATION_JSON)
        .body(request)
        .retrieve()
        .body(IdResponse.class));
    if (response == null || response.id() == null || response.id().isBlank()) {
      throw FiksUnavailableException.outcomeUnknown("Send SMS med Fiks varsling: svaret mangler SMS-id");
    }
    return response.id();
  }

  @Override
  public SmsStatus status(String kontoId, String smsId) {
    StatusResponse response = http.call("Hent SMS-status fra Fiks varsling", () -> http.client(FiksHost.API).get()
        .uri(http.uri(FiksHost.API, "/varsling/api/v2/sms/{kontoId}/sms/{smsId}", kontoId, smsId))
        .retrieve()
        .body(StatusResponse.class));
    if (response == null || response.status() == null) {
      throw new FiksUnavailableException("Hent SMS-status fra Fiks varsling: svaret mangler status");
    }
    try {
      return SmsStatus.valueOf(response.status());
    } catch (IllegalArgumentException e) {
      return SmsStatus.UKJENT;
    }
  }

  /** The request body; a record of its own so that {@link Sms#toString()} stays the only view of it in logs. */
  record SmsRequest(String tekst, String fnr, String telefonnummer) {
    @Override
    public String toString() {
      return "SmsRequest";
    }
  }

  record IdResponse(String id) {
  }

  record StatusResponse(String id, String status) {
  }
}
