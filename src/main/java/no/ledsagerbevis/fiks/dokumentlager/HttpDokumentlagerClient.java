package no.ledsagerbevis.fiks.dokumentlager;

import java.util.LinkedHashMap;
import java.util.Map;
import no.ledsagerbevis.fiks.FiksClientException;
import no.ledsagerbevis.fiks.FiksHost;
import no.ledsagerbevis.fiks.FiksHttp;
import no.ledsagerbevis.fiks.FiksUnavailableException;
import no.ledsagerbevis.fiks.Multipart;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Fiks dokumentlager: upload is multipart {@code metadata} (JSON) + {@code dokument} to
 * {@code /dokumentlager/api/v1/{fiksOrgId}/kontoer/{kontoId}/dokumenter}; download from
 * {@code /dokumentlager/nedlasting/{id}}; delete with {@code DELETE .../dokumenter/{dokumentId}} (200, or 404/410
 * when it is already gone).
 */
@Component
public class HttpDokumentlagerClient implements DokumentlagerClient {

  private final FiksHttp http;

  public HttpDokumentlagerClient(FiksHttp http) {
    this.http = http;
  }

  @Override
  public String lastOpp(String fiksOrgId, String kontoId, DokumentMetadata metadata, byte[] innhold) {
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("dokumentnavn", metadata.dokumentnavn());
    meta.put("mimetype", metadata.mimetype());
    if (metadata.ttl() != null) {
      meta.put("ttl", metadata.ttl().toMillis());
    }
    meta.put("sikkerhetsniva", metadata.sikkerhetsnivaa4() ? 4 : 3);
    Multipart body = new Multipart()
        .part("metadata", meta, MediaType.APPLICATION_JSON)
        .file("dokument", metadata.dokumentnavn(), innhold, MediaType.parseMediaType(metadata.mimetype()));
    IdResponse response = http.call("Last opp dokument til Fiks dokumentlager", () -> http.client(FiksHost.API).post()
        .uri(http.uri(FiksHost.API, "/dokumentlager/api/v1/{fiksOrgId}/kontoer/{kontoId}/dokumenter", fiksOrgId, kontoId))
        .contentType(MediaType.MULTIPART_FORM_DATA)
        .body(body.body())
        .retrieve()
        .body(IdResponse.class));
    if (response == null || response.id() == null || response.id().isBlank()) {
      throw new FiksUnavailableException("Last opp dokument til Fiks dokumentlager: svaret mangler dokument-id");
    }
    return response.id();
  }

  @Override
  public byte[] lastNed(String dokumentId) {
    byte[] innhold = http.call("Last ned dokument fra Fiks dokumentlager", () -> http.client(FiksHost.API).get()
        .uri(http.uri(FiksHost.API, "/dokumentlager/nedlasting/{id}", dokumentId))
        .accept(MediaType.ALL)
        .retrieve()
        .body(byte[].class));
    return innhold == null ? new byte[0] : innhold;
  }

  @Override
  public void slett(String fiksOrgId, String kontoId, String dokumentId) {
    try {
      http.call("Slett dokument i Fiks dokumentlager", () -> http.client(FiksHost.API).delete()
          .uri(http.uri(FiksHost.API, "/dokumentlager/api/v1/{fiksOrgId}/kontoer/{kontoId}/dokumenter/{dokumentId}",
              fiksOrgId, kontoId, dokumentId))
          .retrieve()
          .toBodilessEntity());
    } catch (FiksClientException e) {
      if (e.status() != 404 && e.status() != 410) {
        throw e;
      }
    }
  }

  record IdResponse(String id) {
  }
}
