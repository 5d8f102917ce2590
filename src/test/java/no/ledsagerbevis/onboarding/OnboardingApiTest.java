package no.ledsagerbevis.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import no.ledsagerbevis.support.H2AppTest;
import no.ledsagerbevis.support.Http;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/kommuner/{k}/onboarding} and {@code GET .../status} over HTTP. */
class OnboardingApiTest extends H2AppTest {

  @Test
  void startsTheOnboardingAndReportsItsStatus() {
    Http.Response started = asAdmin().postJson("/api/v1/kommuner/4601/onboarding", "");
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    assertThat(started.json().get("prosessInstansId").asText()).isNotBlank();
    assertThat(started.json().get("status").asText()).isEqualTo("ONBOARDING");

    JsonNode status = asAdmin().get("/api/v1/kommuner/4601/status").json();
    assertThat(status.get("kommunenavn").asText()).isEqualTo("Bergen");
    assertThat(status.get("status").asText()).isEqualTo("ONBOARDING");
    assertThat(status.get("prosessInstansId").asText()).isEqualTo(started.json().get("prosessInstansId").asText());
    assertThat(status.get("svarutKontoStatus").asText()).isEqualTo("IKKE_OPPRETTET");
    assertThat(status.get("rolleStatus").asText()).isEqualTo("IKKE_OPPRETTET");
    assertThat(status.get("dokumentlagerKontoStatus").asText()).isEqualTo("IKKE_OPPRETTET");
    assertThat(status.get("varslingKontoStatus").asText()).isEqualTo("IKKE_OPPRETTET");
  }

  @Test
  void aRunningOnboardingIsAConflict() {
    assertThat(asAdmin().postJson("/api/v1/kommuner/5001/onboarding", "").status()).isEqualTo(201);
    Http.Response again = asAdmin().postJson("/api/v1/kommuner/5001/onboarding", "");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.header("Content-Type").orElse("")).startsWith("application/problem+json");
    assertThat(again.json().get("detail").asText()).contains("pågår allerede");
  }

  @Test
  void anUnknownKommunenummerIsABadRequest() {
    Http.Response unknown = asAdmin().postJson("/api/v1/kommuner/0000/onboarding", "");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.header("Content-Type").orElse("")).startsWith("application/problem+json");
    assertThat(unknown.json().get("detail").asText()).contains("0000");
    assertThat(asAdmin().postJson("/api/v1/kommuner/abcd/onboarding", "").status()).isEqualTo(400);
    assertThat(asAdmin().get("/api/v1/kommuner/12345/status").status()).isEqualTo(400);
  }

  @Test
  void aMunicipalityNeverOnboardedIsNotStarted() {
    JsonNode status = asAdmin().get("/api/v1/kommuner/1108/status").json();
    assertThat(status.get("status").asText()).isEqualTo("IKKE_STARTET");
    assertThat(status.has("prosessInstansId")).isFalse();
  }

  @Test
  void onlyAuthenticatedAdministratorsMayStartOrRead() {
    assertThat(http().postJson("/api/v1/kommuner/0301/onboarding", "").status()).isEqualTo(401);
    assertThat(http().get("/api/v1/kommuner/0301/status").status()).isEqualTo(401);
    assertThat(asAdmin().postJson("/engine-rest/user/create", Map.of(
        "profile", Map.of("id", "vanlig", "firstName", "Vanlig", "lastName", "Bruker"),
        "credentials", Map.of("password", "Hemmelig-123"))).status()).isEqualTo(204);
    assertThat(as("vanlig", "Hemmelig-123").postJson("/api/v1/kommuner/0301/onboarding", "").status()).isEqualTo(403);
    assertThat(as("vanlig", "Hemmelig-123").get("/api/v1/kommuner/0301/status").status()).isEqualTo(403);
  }

  @Test
  void theTjenestebilagIsNotFoundBeforeItIsGenerated() {
    Http.Response pdf = asAdmin().get("/api/v1/kommuner/1108/tjenestebilag");
    assertThat(pdf.status()).isEqualTo(404);
    assertThat(pdf.json().get("detail").asText()).contains("Sandnes");
  }
}
