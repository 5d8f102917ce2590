package no.ledsagerbevis.fiks.svarut;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.ledsagerbevis.fiks.FiksHost;
import no.ledsagerbevis.fiks.FiksHttp;
import no.ledsagerbevis.fiks.FiksUnavailableException;
import no.ledsagerbevis.fiks.Multipart;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * SvarUt REST v2 as KS documents it: a send is multipart with the {@code forsendelse} JSON part first,
 * then one part per file, in the order of {@code dokumenter} and with its {@code filnavn} as filename.
 */
@Component
public class HttpSvarUtClient implements SvarUtClient {

  private static final String FORSENDELSER = "/api/v2/kontoer/{kontoId}/forsendelser";

  private final FiksHttp http;

  public HttpSvarUtClient(FiksHttp http) {
    this.http = http;
  }

  @Override
  public String send(String kontoId, Forsendelse forsendelse, List<Fil> filer) {
    SvarUtRequests.checkFilesMatchDocuments(forsendelse, filer);
    Multipart body = new Multipart().part("forsendelse", SvarUtRequests.forsendelseJson(forsendelse), SvarUtRequests.JSON_UTF8);
    for (Fil fil : filer) {
      body.file("filer", fil.filnavn(), fil.innhold(), MediaType.parseMediaType(fil.mimeType()));
    }
    SvarUtRequests.IdResponse response = http.call("Send forsendelse til SvarUt", () -> http.svarUtSendClient().post()
        .uri(http.uri(FiksHost.SVARUT, FORSENDELSER, kontoId))
        .contentType(MediaType.MULTIPART_FORM_DATA)
        .body(body.body())
        .retrieve()
        .body(SvarUtRequests.IdResponse.class));
    if (response == null || response.id() == null || response.id().isBlank()) {
      throw new FiksUnavailableException("Send forsendelse til SvarUt: svaret mangler forsendelse-id");
    }
    return response.id();
  }

  @Override
  public List<ForsendelseStatus> statusSok(String kontoId, List<String> forsendelseIds) {
    if (forsendelseIds.isEmpty()) {
      return List.of();
    }
    SvarUtRequests.StatusResponse response = http.call("Hent status fra SvarUt", () -> http.client(FiksHost.SVARUT).post()
        .uri(http.uri(FiksHost.SVARUT, FORSENDELSER + "/status-sok", kontoId))
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("forsendelseIds", forsendelseIds))
        .retrieve()
        .body(SvarUtRequests.StatusResponse.class));
    if (response == null || response.statuser() == null) {
      throw new FiksUnavailableException("Hent status fra SvarUt: svaret mangler statuser");
    }
    for (ForsendelseStatus status : response.statuser()) {
      if (status.id() == null || status.status() == null) {
        throw new FiksUnavailableException("Hent status fra SvarUt: en status mangler id eller status");
      }
    }
    return response.statuser();
  }

  @Override
  public Optional<String> finnForsendelseId(String kontoId, String eksternReferanse) {
    SvarUtRequests.EksternRefResponse response = http.call("Slå opp forsendelse på ekstern referanse i SvarUt",
        () -> http.client(FiksHost.SVARUT).get()
            .uri(http.uri(FiksHost.SVARUT, FORSENDELSER + "?eksternRef={eksternRef}", kontoId, eksternReferanse))
            .retrieve()
            .body(SvarUtRequests.EksternRefResponse.class));
    if (response == null || response.forsendelseIds() == null) {
      throw new FiksUnavailableException("Slå opp forsendelse i SvarUt: svaret mangler forsendelseIds");
    }
    return response.forsendelseIds().stream().findFirst();
  }
}
