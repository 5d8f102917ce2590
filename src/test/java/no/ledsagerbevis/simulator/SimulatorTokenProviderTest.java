package no.ledsagerbevis.simulator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import no.ledsagerbevis.fiks.FiksClientException;
import no.ledsagerbevis.fiks.FiksProperties;
import no.ledsagerbevis.fiks.FiksUnavailableException;
import no.ledsagerbevis.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.web.client.RestClient;

/** Tokens from the simulator's token endpoint are cached until shortly before they expire. */
class SimulatorTokenProviderTest {

  @RegisterExtension
  static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final MutableClock clock = new MutableClock();
  private SimulatorTokenProvider tokens;

  @BeforeEach
  void setUp() {
    FiksProperties properties = new FiksProperties();
    properties.setIntegrasjonId("integrasjon");
    properties.getMaskinporten().setTokenEndpoint(wireMock.baseUrl() + "/token");
    properties.getMaskinporten().setRefreshMargin(Duration.ofSeconds(30));
    tokens = new SimulatorTokenProvider(properties, new LocalServerUrl(), RestClient.builder(), clock);
    wireMock.stubFor(post(urlEqualTo("/token")).inScenario("tokens").whenScenarioStateIs("Started")
        .willReturn(okJson("{\"access_token\":\"first\",\"token_type\":\"Bearer\",\"expires_in\":120}")).willSetStateTo("second"));
    wireMock.stubFor(post(urlEqualTo("/token")).inScenario("tokens").whenScenarioStateIs("second")
        .willReturn(okJson("{\"access_token\":\"second\",\"token_type\":\"Bearer\",\"expires_in\":120}")));
  }

  @Test
  void reusesTheTokenWhileItHasMoreThanTheMarginLeft() {
    assertThat(tokens.accessToken()).isEqualTo("first");
    clock.advance(Duration.ofSeconds(89));
    assertThat(tokens.accessToken()).isEqualTo("first");

    wireMock.verify(1, postRequestedFor(urlEqualTo("/token")).withRequestBody(containing("scope=ks%3Afiks")));
  }

  @Test
  void fetchesANewTokenShortlyBeforeExpiry() {
    assertThat(tokens.accessToken()).isEqualTo("first");
    clock.advance(Duration.ofSeconds(91));
    assertThat(tokens.accessToken()).isEqualTo("second");
  }

  @Test
  void anUnusableAnswerIsUnavailable() {
    wireMock.resetAll();
    wireMock.stubFor(post(urlEqualTo("/token")).willReturn(okJson("{\"token_type\":\"Bearer\"}")));

    assertThatThrownBy(tokens::accessToken).isInstanceOf(FiksUnavailableException.class);
  }

  @Test
  void aRefusedTokenRequestIsAClientError() {
    wireMock.resetAll();
    wireMock.stubFor(post(urlEqualTo("/token")).willReturn(aResponse().withStatus(400).withBody("{\"error\":\"invalid_scope\"}")));

    assertThatThrownBy(tokens::accessToken).isInstanceOfSatisfying(FiksClientException.class, e -> assertThat(e.status()).isEqualTo(400));
  }
}
