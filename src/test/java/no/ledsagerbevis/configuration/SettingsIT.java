package no.ledsagerbevis.configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.core.ConditionTimeoutException;
import no.ledsagerbevis.fiks.forvaltning.ForvaltningClient;
import no.ledsagerbevis.fiks.forvaltning.Organisasjon;
import no.ledsagerbevis.support.Http;
import no.ledsagerbevis.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The configuration of 5001 Trondheim over HTTP on PostgreSQL, with the job executor running and the
 * bundled Fiks simulator: the process started and its tasks completed through engine-rest (bad values
 * refused with 400), then the settings read, changed and audited through our API.
 */
class SettingsIT extends PostgresIntegrationTest {

  private static final String K = "5001";

  @Autowired
  ForvaltningClient forvaltning;

  @Test
  void configureThroughEngineRestThenChangeTheSettingsThroughTheApi() {
    Http admin = asAdmin();
    Organisasjon org = forvaltning.hentOrganisasjon(K);
    assertThat(admin.get("/api/v1/kommuner/" + K).status()).as("not configured yet").isEqualTo(404);

    JsonNode started = admin.postJson("/engine-rest/process-definition/key/ledsagerbevis-configuration/start",
        Map.of("variables", variables(Map.of("kommunenummer", K, "kommunenavn", org.navn(),
            "fiksOrgId", org.fiksOrgId(), "organisasjonsnummer", org.organisasjonsnummer())))).json();
    String instanceId = started.get("id").asText();

    JsonNode configureTask = awaitTask(admin, instanceId, ConfigurationProcess.TASK_CONFIGURE_SERVICE);
    String kontoId = firstOfferedAccount(admin, configureTask.get("id").asText());
    Http.Response refused = admin.postJson("/engine-rest/task/" + configureTask.get("id").asText() + "/complete",
        Map.of("variables", variables(Map.of("svarUtKontoId", kontoId, "postadressenavn", "Postboks 2300 Torgarden",
            "postnummer", "74", "poststed", "Trondheim", "telefon", "72540000", "godtarOpprettelse", true))));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).contains("Postnummer må bestå av nøyaktig 4 siffer.");

    assertThat(admin.postJson("/engine-rest/task/" + configureTask.get("id").asText() + "/complete",
        Map.of("variables", variables(Map.of("svarUtKontoId", kontoId, "postadressenavn", "Postboks 2300 Torgarden",
            "postnummer", "7004", "poststed", "Trondheim", "telefon", "72540000", "godtarOpprettelse", true))))
        .status()).isEqualTo(204);

    JsonNode settingsTask = awaitTask(admin, instanceId, ConfigurationProcess.TASK_ENTER_SETTINGS);
    assertThat(admin.postJson("/engine-rest/task/" + settingsTask.get("id").asText() + "/complete",
        Map.of("variables", variables(Map.of("kontaktpersoner", "drift@trondheim.kommune.no",
            "utsendingBrev", "IKKE_SENDE_BREV", "spraak", "NYNORSK")))).status()).isEqualTo(204);

    JsonNode settings = admin.get("/api/v1/kommuner/" + K).json();
    assertThat(settings.get("svarUtKontoId").asText()).isEqualTo(kontoId);
    assertThat(settings.get("utsendingBrev").asText()).isEqualTo("IKKE_SENDE_BREV");
    assertThat(settings.at("/postAdresse/postnummer").asText()).isEqualTo("7004");

    Map<String, Object> change = Map.of("svarUtKontoId", kontoId,
        "postAdresse", Map.of("postadressenavn", "Postboks 2300 Torgarden", "postnummer", "7004",
            "poststed", "Trondheim"),
        "telefon", "72549999", "kontaktpersoner", List.of("drift@trondheim.kommune.no", "leder@trondheim.kommune.no"),
        "utsendingBrev", "SENDE_BREV", "spraak", "NYNORSK");
    Http.Response changed = admin.putJson("/api/v1/kommuner/" + K, change);
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().get("telefon").asText()).isEqualTo("72549999");

    Http.Response badAccount = admin.putJson("/api/v1/kommuner/" + K,
        withValue(change, "svarUtKontoId", "konto-som-ikke-finnes"));
    assertThat(badAccount.status()).isEqualTo(400);
    assertThat(badAccount.json().at("/feil/0/felt").asText()).isEqualTo("svarUtKontoId");

    JsonNode log = admin.get("/api/v1/kommuner/" + K + "/endringslogg").json();
    assertThat(log.toString()).contains("\"felt\":\"telefon\"", "\"gammelVerdi\":\"72540000\"",
        "\"nyVerdi\":\"72549999\"", "\"kilde\":\"API\"", "\"felt\":\"registerRolleId\"", "\"kilde\":\"PROSESS\"",
        "\"endretAv\":\"admin\"");
  }

  private static JsonNode awaitTask(Http admin, String instanceId, String taskDefinitionKey) {
    String path = "/engine-rest/task?processInstanceId=" + instanceId + "&taskDefinitionKey=" + taskDefinitionKey + "&firstResult=0&maxResults=10";
    try {
      await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
          .until(() -> admin.get(path).json().size() == 1);
    } catch (ConditionTimeoutException e) {
      throw new AssertionError("No " + taskDefinitionKey + " within 60 s. Instance: "
          + admin.get("/engine-rest/process-instance/" + instanceId).body()
          + " Jobs: " + admin.get("/engine-rest/job?processInstanceId=" + instanceId + "&firstResult=0&maxResults=10").body()
          + " Activities: " + admin.get("/engine-rest/history/activity-instance?processInstanceId=" + instanceId + "&firstResult=0&maxResults=50").body(), e);
    }
    return admin.get(path).json().get(0);
  }

  private static String firstOfferedAccount(Http admin, String taskId) {
    JsonNode variables = admin.get("/engine-rest/task/" + taskId + "/form-variables?variableNames=svarUtKontoer&deserializeValues=false")
        .json();
    JsonNode options = variables.get("svarUtKontoer");
    assertThat(options.get("type").asText()).isEqualTo("Json");
    JsonNode value = options.get("value");
    try {
      // As Tasklist reads it: the serialized JSON, parsed in the browser for the select (valuesKey).
      JsonNode list = new ObjectMapper().readTree(value.asText());
      assertThat(list.isArray() && list.size() > 0).as("offered accounts: " + options).isTrue();
      return list.get(0).get("value").asText();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> variables(Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return variables;
  }

  private static Map<String, Object> withValue(Map<String, Object> body, String key, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(body);
    copy.put(key, value);
    return copy;
  }
}
