package no.ledsagerbevis.fiks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import no.ledsagerbevis.fiks.dokumentlager.DokumentMetadata;
import no.ledsagerbevis.fiks.svarut.Dokument;
import no.ledsagerbevis.fiks.svarut.Fil;
import no.ledsagerbevis.fiks.svarut.Forsendelse;
import no.ledsagerbevis.fiks.svarut.Mottaker;
import no.ledsagerbevis.fiks.varsling.Sms;
import no.ledsagerbevis.validation.Fodselsnummer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every client against WireMock: 5xx, timeouts, resets and garbage are {@link FiksUnavailableException}
 * (the engine retries), 4xx is {@link FiksClientException}; a call is made exactly once (no retry inside
 * the client), with the three Fiks headers.
 */
class FiksClientFaultTest {

  @RegisterExtension
  static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  /** Only the timeout tests use the short timeout, so that a slow first request on a busy machine is no false alarm. */
  private static final Duration SHORT_TIMEOUT = Duration.ofMillis(500);
  private static final int SLOWER_THAN_SHORT_TIMEOUT_MS = 2000;
  private static final String FNR = "15838500002";

  private WireMockFiks fiks;
  private WireMockFiks impatient;

  @BeforeEach
  void clients() {
    fiks = new WireMockFiks(wireMock.baseUrl(), Duration.ofSeconds(15), Duration.ofSeconds(15));
    impatient = new WireMockFiks(wireMock.baseUrl(), SHORT_TIMEOUT, SHORT_TIMEOUT);
  }

  static Stream<Arguments> calls() {
    return Stream.of(
        call("SvarUt send", f -> f.svarUt.send("konto", brev(), List.of(Fil.pdf("vedtak.pdf", "%PDF-1.4".getBytes())))),
        call("SvarUt status-sok", f -> f.svarUt.statusSok("konto", List.of("id"))),
        call("SvarUt eksternRef", f -> f.svarUt.finnForsendelseId("konto", "sak-1")),
        call("folkeregister person", f -> f.folkeregister.hentPerson("rolle", Fodselsnummer.parse(FNR))),
        call("dokumentlager last opp", f -> f.dokumentlager.lastOpp("org", "konto",
            new DokumentMetadata("bilde.jpg", "image/jpeg", null, false), new byte[] {1, 2, 3})),
        call("varsling send", f -> f.varsling.sendSms("konto", new Sms("Hei", FNR, "91234567"))),
        call("varsling status", f -> f.varsling.status("konto", "sms")),
        call("forvaltning organisasjon", f -> f.forvaltning.hentOrganisasjon("0301")),
        call("forvaltning tjenester", f -> f.forvaltning.aktiveTjenester("org")),
        call("forvaltning SvarUt-kontoer", f -> f.forvaltning.svarUtKontoer("org")),
        call("forvaltning opprett rolle", f -> f.forvaltning.opprettEllerHentRegisterRolle("org")),
        call("forvaltning ressursstatus", f -> f.forvaltning.ressursStatus("org")));
  }

  static Stream<Arguments> callsIncludingBinaryDownload() {
    return Stream.concat(calls(), Stream.of(call("dokumentlager last ned", f -> f.dokumentlager.lastNed("dok")),
        call("dokumentlager slett", f -> f.dokumentlager.slett("org", "konto", "dok"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("callsIncludingBinaryDownload")
  void a500IsUnavailableAndNotRetried(Consumer<WireMockFiks> call) {
    assertUnavailableAfterOneRequest(aResponse().withStatus(500).withBody("{\"status\":500,\"message\":\"Intern feil\"}"), call);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("callsIncludingBinaryDownload")
  void a503IsUnavailableAndNotRetried(Consumer<WireMockFiks> call) {
    assertUnavailableAfterOneRequest(aResponse().withStatus(503).withBody("Service Unavailable"), call);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("callsIncludingBinaryDownload")
  void aTimeoutIsUnavailable(Consumer<WireMockFiks> call) {
    wireMock.stubFor(any(anyUrl()).willReturn(okJson("{}").withFixedDelay(SLOWER_THAN_SHORT_TIMEOUT_MS)));

    assertThatThrownBy(() -> call.accept(impatient)).isInstanceOf(FiksUnavailableException.class);

    wireMock.verify(1, anyRequestedFor(anyUrl()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("callsIncludingBinaryDownload")
  void aConnectionResetIsUnavailable(Consumer<WireMockFiks> call) {
    wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    assertThatThrownBy(() -> call.accept(fiks)).isInstanceOf(FiksUnavailableException.class);

    // The JDK client may repeat a GET on a dropped connection; a POST or PUT must never be sent twice.
    assertThat(wireMock.getAllServeEvents().stream().filter(e -> !e.getRequest().getMethod().getName().equals("GET")).count())
        .isLessThanOrEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void malformedJsonIsUnavailable(Consumer<WireMockFiks> call) {
    assertUnavailableAfterOneRequest(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
        .withBody("{\"id\": \"abc\", \"statuser\": [ <html>"), call);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void anAnswerWithoutTheRequiredFieldsIsUnavailable(Consumer<WireMockFiks> call) {
    assertUnavailableAfterOneRequest(okJson("{}"), call);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("callsIncludingBinaryDownload")
  void a401IsAClientErrorWithKsErrorCode(Consumer<WireMockFiks> call) {
    wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
        .withBody(ksError(401, "UGYLDIG_TOKEN", "Token er utløpt"))));

    assertThatThrownBy(() -> call.accept(fiks)).isInstanceOfSatisfying(FiksClientException.class, e -> {
      assertThat(e.status()).isEqualTo(401);
      assertThat(e.errorCode()).isEqualTo("UGYLDIG_TOKEN");
      assertThat(e.getMessage()).contains("Token er utløpt");
    });
    wireMock.verify(1, anyRequestedFor(anyUrl()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("callsIncludingBinaryDownload")
  void a403IsAClientError(Consumer<WireMockFiks> call) {
    wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(403).withBody("Forbidden")));

    assertThatThrownBy(() -> call.accept(fiks)).isInstanceOfSatisfying(FiksClientException.class, e -> {
      assertThat(e.status()).isEqualTo(403);
      assertThat(e.errorCode()).isNull();
    });
    wireMock.verify(1, anyRequestedFor(anyUrl()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("callsIncludingBinaryDownload")
  void everyCallCarriesTokenAndIntegrationCredentials(Consumer<WireMockFiks> call) {
    wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(418)));

    assertThatThrownBy(() -> call.accept(fiks)).isInstanceOf(FiksClientException.class);

    wireMock.verify(1, anyRequestedFor(anyUrl())
        .withHeader("Authorization", equalTo("Bearer " + WireMockFiks.TOKEN))
        .withHeader("IntegrasjonId", equalTo(WireMockFiks.INTEGRASJON_ID))
        .withHeader("IntegrasjonPassord", equalTo(WireMockFiks.INTEGRASJON_PASSORD)));
  }

  @Test
  void aDocumentIsDeletedOnKsPathAndOneAlreadyGoneCountsAsDeleted() {
    String path = "/dokumentlager/api/v1/org/kontoer/konto/dokumenter/dok";
    wireMock.stubFor(delete(path).willReturn(aResponse().withStatus(410)));

    fiks.dokumentlager.slett("org", "konto", "dok");

    wireMock.verify(1, deleteRequestedFor(
        urlEqualTo(path)));
  }

  @Test
  void aRedirectIsNotFollowedAndIsUnavailable() {
    assertUnavailableAfterOneRequest(aResponse().withStatus(302).withHeader("Location", "https://login.example/"),
        f -> f.forvaltning.hentOrganisasjon("0301"));
  }

  @Test
  void aFodselsnummerInAnErrorMessageIsMasked() {
    wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
        .withBody(ksError(400, "UGYLDIG", "Ugyldig mottaker " + FNR))));

    assertThatThrownBy(() -> fiks.varsling.sendSms("konto", new Sms("Hei", FNR, "91234567")))
        .isInstanceOfSatisfying(FiksClientException.class, e -> {
          assertThat(e.getMessage()).doesNotContain(FNR);
          assertThat(e.getMessage()).contains("158385*****");
        });
  }

  @Test
  void aTimeoutOfTheRegisterLookUpDoesNotRevealTheFodselsnummer() {
    wireMock.stubFor(any(anyUrl()).willReturn(okJson("{}").withFixedDelay(SLOWER_THAN_SHORT_TIMEOUT_MS)));

    assertThatThrownBy(() -> impatient.folkeregister.hentPerson("rolle", Fodselsnummer.parse(FNR)))
        .isInstanceOfSatisfying(FiksUnavailableException.class, e -> {
          for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(FNR);
          }
        });
  }

  @Test
  void aSvarUtSendMayTakeLongerThanOtherCalls() {
    WireMockFiks slowSend = new WireMockFiks(wireMock.baseUrl(), SHORT_TIMEOUT, Duration.ofSeconds(15));
    wireMock.stubFor(post(urlPathEqualTo("/api/v2/kontoer/konto/forsendelser"))
        .willReturn(okJson("{\"id\":\"f-1\"}").withFixedDelay(SLOWER_THAN_SHORT_TIMEOUT_MS)));
    wireMock.stubFor(post(urlPathEqualTo("/api/v2/kontoer/konto/forsendelser/status-sok"))
        .willReturn(okJson("{\"statuser\":[]}").withFixedDelay(SLOWER_THAN_SHORT_TIMEOUT_MS)));

    assertThat(slowSend.svarUt.send("konto", brev(), List.of(Fil.pdf("vedtak.pdf", "%PDF-1.4".getBytes())))).isEqualTo("f-1");
    assertThatThrownBy(() -> slowSend.svarUt.statusSok("konto", List.of("f-1"))).isInstanceOf(FiksUnavailableException.class);
  }

  private void assertUnavailableAfterOneRequest(ResponseDefinitionBuilder response, Consumer<WireMockFiks> call) {
    wireMock.stubFor(any(anyUrl()).willReturn(response));

    assertThatThrownBy(() -> call.accept(fiks)).isInstanceOf(FiksUnavailableException.class);

    wireMock.verify(1, anyRequestedFor(anyUrl()));
  }

  private static String ksError(int status, String errorCode, String message) {
    return "{\"timestamp\":1700000000000,\"status\":" + status + ",\"error\":\"Feil\",\"errorId\":\"7f1c0c6e-1111-4222-8333-944455556666\","
        + "\"path\":\"/x\",\"message\":\"" + message + "\",\"errorCode\":\"" + errorCode + "\",\"errorJson\":null}";
  }

  static Forsendelse brev() {
    return Forsendelse.builder().tittel("Vedtak").eksternReferanse("sak-1")
        .mottaker(new Mottaker("Kari Nordmann", FNR, "Storgata 1", null, null, "0155", "OSLO", null))
        .dokument(Dokument.pdf("vedtak.pdf", true)).build();
  }

  private static Arguments call(String name, Consumer<WireMockFiks> call) {
    return Arguments.of(Named.of(name, call));
  }
}
