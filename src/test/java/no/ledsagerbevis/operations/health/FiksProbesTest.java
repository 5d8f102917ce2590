package no.ledsagerbevis.operations.health;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.time.Instant;
import no.ledsagerbevis.fiks.FiksBaseUrls;
import no.ledsagerbevis.fiks.FiksHttp;
import no.ledsagerbevis.fiks.FiksHttpClients;
import no.ledsagerbevis.fiks.FiksProperties;
import no.ledsagerbevis.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.actuate.health.Status;
import org.springframework.web.client.RestClient;

/** The Fiks probes against WireMock: cached, time-limited, never in the caller's time, and sending nothing. */
class FiksProbesTest {

  @RegisterExtension
  static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T08:00:00Z"));
  private FiksProbes probes;

  @BeforeEach
  void probes() {
    FiksProperties fiks = new FiksProperties();
    for (FiksProperties.Service service : new FiksProperties.Service[] {fiks.getSvarut(), fiks.getApi(), fiks.getForvaltning()}) {
      service.setBaseUrl(wireMock.baseUrl());
    }
    fiks.setIntegrasjonId("8a1b2c3d-0000-4000-8000-000000000001");
    fiks.setIntegrasjonPassord("hemmelig");
    FiksHttp http = new FiksHttp(fiks, FiksBaseUrls::configured, () -> "token", RestClient.builder(), new FiksHttpClients());
    FiksHealthProperties properties = new FiksHealthProperties();
    // Long enough for a first connection on a busy machine; the slow stub below is slower still.
    properties.setTimeout(Duration.ofSeconds(2));
    probes = new FiksProbes(http, properties, clock);
  }

  @Test
  void aSlowFiksNeverMakesTheHealthCheckSlow() {
    wireMock.stubFor(get("/api/v2").willReturn(aResponse().withStatus(200).withFixedDelay(8000)));
    long started = System.nanoTime();
    ProbeResult first = probes.current(FiksService.SVARUT);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(300));
    assertThat(first.status()).isEqualTo(Status.UNKNOWN);
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
      long asked = System.nanoTime();
      ProbeResult result = probes.current(FiksService.SVARUT);
      assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofMillis(300));
      assertThat(result.status()).isEqualTo(Status.DOWN);
      assertThat(result.error()).startsWith("Ingen svar innen tidsgrensen");
    });
  }

  @Test
  void anyAnswerBelow500MeansTheServiceIsThere() throws Exception {
    wireMock.stubFor(get("/folkeregister/api/v1").willReturn(aResponse().withStatus(401)));
    wireMock.stubFor(get("/varsling/api/v2").willReturn(aResponse().withStatus(503)));
    ProbeResult folkeregister = probes.refresh(FiksService.FOLKEREGISTER).get();
    ProbeResult varsling = probes.refresh(FiksService.VARSLING).get();
    assertThat(folkeregister.status()).isEqualTo(Status.UP);
    assertThat(folkeregister.httpStatus()).isEqualTo(401);
    assertThat(varsling.status()).isEqualTo(Status.DOWN);
    assertThat(varsling.health().getDetails()).containsEntry("httpStatus", 503)
        .containsEntry("url", wireMock.baseUrl() + "/varsling/api/v2");
  }

  @Test
  void theResultIsReusedForThirtySecondsThenProbedAgain() throws Exception {
    wireMock.stubFor(get("/forvaltning/api/v1").willReturn(aResponse().withStatus(404)));
    probes.refresh(FiksService.FORVALTNING).get();
    for (int i = 0; i < 10; i++) {
      assertThat(probes.current(FiksService.FORVALTNING).status()).isEqualTo(Status.UP);
    }
    wireMock.verify(1, getRequestedFor(urlEqualTo("/forvaltning/api/v1")));
    clock.advance(Duration.ofSeconds(31));
    probes.current(FiksService.FORVALTNING);
    await().atMost(Duration.ofSeconds(5)).untilAsserted(
        () -> wireMock.verify(2, getRequestedFor(urlEqualTo("/forvaltning/api/v1"))));
  }

  @Test
  void aProbeSendsNoCredentialsAndNoBody() throws Exception {
    wireMock.stubFor(get("/dokumentlager/api/v1").willReturn(aResponse().withStatus(401)));
    probes.refresh(FiksService.DOKUMENTLAGER).get();
    wireMock.verify(getRequestedFor(urlEqualTo("/dokumentlager/api/v1"))
        .withHeader("Authorization", absent())
        .withHeader(FiksHttp.INTEGRASJON_ID, absent())
        .withHeader(FiksHttp.INTEGRASJON_PASSORD, absent()));
  }
}
