package no.ledsagerbevis.fiks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import no.ledsagerbevis.fiks.forvaltning.ForvaltningClient;
import no.ledsagerbevis.fiks.varsling.Sms;
import no.ledsagerbevis.fiks.varsling.VarslingClient;
import no.ledsagerbevis.support.H2AppTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The simulator's fault injection seen by our real Fiks clients (docs/fiks.md, «Feilinjeksjon»). */
@TestPropertySource(properties = "ledsagerbevis.fiks.api.read-timeout=1500ms")
class SimulatorFaultInjectionTest extends H2AppTest {

  @Autowired
  ForvaltningClient forvaltning;

  @Autowired
  VarslingClient varsling;

  private String konto;

  @BeforeEach
  void resetSimulator() {
    assertThat(http().postJson("/fiks-simulator/api/reset", "{}").status()).isEqualTo(200);
    konto = forvaltning.opprettEllerHentVarslingKonto(SimulatorSeed.OSLO_FIKS_ORG_ID).id();
  }

  @AfterEach
  void clearFaults() {
    assertThat(http().delete("/fiks-simulator/api/feil").status()).isEqualTo(204);
  }

  @Test
  void faultsAreAddedListedAndCleared() {
    var created = feil("varsling", "HTTP_503", null, 3);
    assertThat(created.status()).isEqualTo(201);
    JsonNode feil = created.json();
    assertThat(feil.path("id").asText()).isNotBlank();
    assertThat(feil.path("tjeneste").asText()).isEqualTo("varsling");
    assertThat(feil.path("antall").asInt()).isEqualTo(3);

    assertThat(http().get("/fiks-simulator/api/feil").json()).singleElement()
        .satisfies(f -> assertThat(f.path("id").asText()).isEqualTo(feil.path("id").asText()));
    assertThat(http().delete("/fiks-simulator/api/feil").status()).isEqualTo(204);
    assertThat(http().get("/fiks-simulator/api/feil").json()).isEmpty();
  }

  @Test
  void anUnknownServiceTypeOrDelayIsRefused() {
    assertThat(feil("postkasse", "HTTP_500", null, null).body()).contains("Ukjent tjeneste");
    assertThat(feil("svarut", "HTTP_418", null, null).status()).isEqualTo(400);
    assertThat(feil("svarut", "SLOW", "ti sekunder", null).status()).isEqualTo(400);
    assertThat(feil("svarut", "SLOW", null, 0).status()).isEqualTo(400);
    assertThat(http().get("/fiks-simulator/api/feil").json()).isEmpty();
  }

  @Test
  void a503IsRetriableAndTheSmsIsNotSent() {
    feil("varsling", "HTTP_503", null, 1);

    assertThatThrownBy(() -> varsling.sendSms(konto, sms()))
        .isInstanceOf(FiksUnavailableException.class).hasMessageContaining("503");
    assertThat(smsCount()).isZero();

    varsling.sendSms(konto, sms());
    assertThat(smsCount()).isEqualTo(1);
  }

  @Test
  void a500AndA400() {
    feil("forvaltning", "HTTP_500", null, 1);
    feil("forvaltning", "HTTP_400", null, 1);

    assertThatThrownBy(() -> forvaltning.hentOrganisasjon("0301"))
        .isInstanceOf(FiksUnavailableException.class).hasMessageContaining("500");
    assertThatThrownBy(() -> forvaltning.hentOrganisasjon("0301"))
        .isInstanceOfSatisfying(FiksClientException.class, e -> assertThat(e.status()).isEqualTo(400));
    assertThat(forvaltning.hentOrganisasjon("0301").fiksOrgId()).isEqualTo(SimulatorSeed.OSLO_FIKS_ORG_ID);
  }

  @Test
  void aMalformedAnswerCannotBeReadButTheSmsWasAccepted() {
    feil("varsling", "MALFORMED", null, 1);

    assertThatThrownBy(() -> varsling.sendSms(konto, sms()))
        .isInstanceOf(FiksUnavailableException.class).hasMessageContaining("kunne ikke leses");
    assertThat(smsCount()).isEqualTo(1);
  }

  @Test
  void aResetBreaksTheAnswerMidway() {
    feil("forvaltning", "RESET", null, 1);

    assertThatThrownBy(() -> forvaltning.hentOrganisasjon("0301"))
        .isInstanceOf(FiksUnavailableException.class);
    assertThat(forvaltning.hentOrganisasjon("0301").fiksOrgId()).isEqualTo(SimulatorSeed.OSLO_FIKS_ORG_ID);
  }

  @Test
  void aTimeoutAfterAcceptLeavesTheClientWithoutAnswerAndTheSmsSent() {
    feil("varsling", "TIMEOUT", "PT30S", 1);
    long start = System.nanoTime();

    assertThatThrownBy(() -> varsling.sendSms(konto, sms()))
        .isInstanceOf(FiksUnavailableException.class).hasMessageContaining("ingen svar fra Fiks");

    assertThat((System.nanoTime() - start) / 1_000_000).isBetween(1_400L, 10_000L);
    assertThat(smsCount()).isEqualTo(1);
  }

  @Test
  void aSlowAnswerComesLateButWhole() {
    feil("forvaltning", "SLOW", "PT1S", 1);
    long start = System.nanoTime();

    assertThat(forvaltning.hentOrganisasjon("0301").fiksOrgId()).isEqualTo(SimulatorSeed.OSLO_FIKS_ORG_ID);

    assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(1_000L);
  }

  @Test
  void alleHitsEveryServiceButNeitherTheTokenNorTheControlApiNorThePage() {
    feil("alle", "HTTP_503", null, null);

    assertThatThrownBy(() -> forvaltning.hentOrganisasjon("0301")).isInstanceOf(FiksUnavailableException.class);
    assertThatThrownBy(() -> varsling.status(konto, "x")).isInstanceOf(FiksUnavailableException.class);
    assertThat(http().get("/fiks-simulator/api/varsling/sms").status()).isEqualTo(200);
    assertThat(http().get("/fiks-simulator").status()).isEqualTo(200);
    assertThat(http().postForm("/fiks-simulator/token", "grant_type=x", Map.of()).status()).isNotEqualTo(503);
  }

  private no.ledsagerbevis.support.Http.Response feil(String tjeneste, String type, String forsinkelse, Integer antall) {
    StringBuilder json = new StringBuilder("{\"tjeneste\":\"" + tjeneste + "\",\"type\":\"" + type + "\"");
    if (forsinkelse != null) {
      json.append(",\"forsinkelse\":\"").append(forsinkelse).append('"');
    }
    if (antall != null) {
      json.append(",\"antall\":").append(antall);
    }
    return http().postJson("/fiks-simulator/api/feil", json.append('}').toString());
  }

  private int smsCount() {
    return http().get("/fiks-simulator/api/varsling/sms").json().size();
  }

  private static Sms sms() {
    return new Sms("Du har fått ledsagerbevis.", SimulatorSeed.KARI_DIGITAL, "91234567");
  }
}
