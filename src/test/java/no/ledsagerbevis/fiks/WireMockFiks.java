package no.ledsagerbevis.fiks;

import java.time.Duration;
import no.ledsagerbevis.fiks.dokumentlager.HttpDokumentlagerClient;
import no.ledsagerbevis.fiks.forvaltning.HttpForvaltningClient;
import no.ledsagerbevis.fiks.register.HttpFolkeregisterClient;
import no.ledsagerbevis.fiks.svarut.HttpSvarUtClient;
import no.ledsagerbevis.fiks.varsling.HttpVarslingClient;
import org.springframework.web.client.RestClient;

/** The real HTTP clients, wired by hand against a WireMock server, with short timeouts. */
final class WireMockFiks {

  static final String TOKEN = "test-token";
  static final String INTEGRASJON_ID = "8a1b2c3d-0000-4000-8000-000000000001";
  static final String INTEGRASJON_PASSORD = "hemmelig";

  final HttpSvarUtClient svarUt;
  final HttpFolkeregisterClient folkeregister;
  final HttpDokumentlagerClient dokumentlager;
  final HttpVarslingClient varsling;
  final HttpForvaltningClient forvaltning;

  WireMockFiks(String baseUrl, Duration readTimeout, Duration sendReadTimeout) {
    FiksProperties properties = new FiksProperties();
    for (FiksProperties.Service service : new FiksProperties.Service[] {properties.getSvarut(), properties.getApi(), properties.getForvaltning()}) {
      service.setBaseUrl(baseUrl);
      service.setConnectTimeout(Duration.ofSeconds(2));
      service.setReadTimeout(readTimeout);
    }
    properties.setSvarutSendReadTimeout(sendReadTimeout);
    properties.setIntegrasjonId(INTEGRASJON_ID);
    properties.setIntegrasjonPassord(INTEGRASJON_PASSORD);
    FiksHttp http = new FiksHttp(properties, FiksBaseUrls::configured, () -> TOKEN, RestClient.builder(), new FiksHttpClients());
    svarUt = new HttpSvarUtClient(http);
    folkeregister = new HttpFolkeregisterClient(http);
    dokumentlager = new HttpDokumentlagerClient(http);
    varsling = new HttpVarslingClient(http);
    forvaltning = new HttpForvaltningClient(http);
  }
}
