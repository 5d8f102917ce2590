package no.ledsagerbevis.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import no.ledsagerbevis.support.H2AppTest;
import no.ledsagerbevis.support.Http;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code POST /api/v1/kommuner/{k}/onboarding} and {@code GET .../status} over HTTP. */
class OnboardingApiTest extends H2AppTest {

  @Autowired
  ManagementService managementService;

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
  void tasklistsStartFormRefusesAnUnknownKommunenummer() {
    Http.Response refused = asAdmin().postJson("/engine-rest/process-definition/key/ledsagerbevis-onboarding/submit-form",
        Map.of("variables", Map.of("kommunenummer", Map.of("value", "0000", "type", "String"))));
    // engine-rest answers a refusal inside the engine with 500 (RestException); the message is ours.
    assertThat(refused.status()).as(refused.body()).isIn(400, 500);
    assertThat(refused.json().get("message").asText()).contains("Det finnes ingen kommune med kommunenummer 0000");
  }

  @Test
  void tasklistsStartFormStartsTheOnboardingInTheMunicipalitysTenant() {
    Http.Response started = asAdmin().postJson("/engine-rest/process-definition/key/ledsagerbevis-onboarding/submit-form",
        Map.of("variables", Map.of("kommunenummer", Map.of("value", "3905", "type", "String"))));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    JsonNode instance = asAdmin().get("/engine-rest/process-instance/" + started.json().get("id").asText()).json();
    assertThat(instance.get("businessKey").asText()).isEqualTo("3905");
    assertThat(instance.get("tenantId").asText()).isEqualTo("kommune3905");
    JsonNode status = asAdmin().get("/api/v1/kommuner/3905/status").json();
    assertThat(status.get("status").asText()).isEqualTo("ONBOARDING");
    assertThat(status.get("prosessInstansId").asText()).isEqualTo(started.json().get("id").asText());
  }

  @Test
  void engineRestRefusesAnUncheckedCheckbox() {
    String instanceId = asAdmin().postJson("/api/v1/kommuner/0301/onboarding", "").json().get("prosessInstansId").asText();
    managementService.executeJob(managementService.createJobQuery().processInstanceId(instanceId).singleResult().getId());
    String taskId = asAdmin().get("/engine-rest/task?processInstanceId=" + instanceId + "&maxResults=1").json()
        .get(0).get("id").asText();
    Http.Response refused = asAdmin().postJson("/engine-rest/task/" + taskId + "/complete",
        Map.of("variables", Map.of("svarUtKontoOpprettet", Map.of("value", false, "type", "Boolean"))));
    assertThat(refused.status()).as(refused.body()).isIn(400, 500);
    assertThat(refused.json().get("message").asText()).contains("kryss av for at den er opprettet");
    assertThat(asAdmin().get("/engine-rest/task/" + taskId).status()).as("the task is still open").isEqualTo(200);
  }

  @Test
  void theTjenestebilagIsNotFoundBeforeItIsGenerated() {
    Http.Response pdf = asAdmin().get("/api/v1/kommuner/1108/tjenestebilag");
    assertThat(pdf.status()).isEqualTo(404);
    assertThat(pdf.json().get("detail").asText()).contains("Sandnes");
  }
}
