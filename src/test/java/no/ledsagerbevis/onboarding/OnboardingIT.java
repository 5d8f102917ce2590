package no.ledsagerbevis.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.StreamSupport;
import no.ledsagerbevis.agreement.AgreementSigningProcess;
import no.ledsagerbevis.configuration.ConfigurationProcess;
import no.ledsagerbevis.support.Http;
import no.ledsagerbevis.support.PostgresIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The administrator's whole journey for 0301 Oslo over HTTP, as Tasklist does it: start through our
 * API, every user task completed through engine-rest as admin, the job executor running the service
 * tasks against the bundled Fiks simulator, on PostgreSQL.
 */
class OnboardingIT extends PostgresIntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String OSLO = "0301";

  @Test
  void onboardsOsloFromStartToActiveAndSendsTheSignedTjenestebilag() throws Exception {
    Http admin = asAdmin();
    Http.Response started = admin.postJson("/api/v1/kommuner/" + OSLO + "/onboarding", "");
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    String processInstanceId = started.json().get("prosessInstansId").asText();

    complete(awaitTask(OnboardingProcess.TASK_CREATE_SVARUT_ACCOUNT), Map.of("svarUtKontoOpprettet", true));
    complete(awaitTask(AgreementSigningProcess.TASK_SIGN_AGREEMENT), Map.of("godtarVilkaar", true));

    JsonNode configureTask = awaitTask(ConfigurationProcess.TASK_CONFIGURE_SERVICE);
    Map<String, Object> setup = new LinkedHashMap<>();
    setup.put("svarUtKontoId", firstSvarUtAccount(configureTask));
    setup.put("postadressenavn", "Postboks 6355 Etterstad");
    setup.put("postnummer", "0604");
    setup.put("poststed", "Oslo");
    setup.put("telefon", "21802180");
    setup.put("godtarOpprettelse", true);
    complete(configureTask, setup);
    complete(awaitTask(ConfigurationProcess.TASK_ENTER_SETTINGS), Map.of("kontaktpersoner", "ledsagerbevis@oslo.kommune.example",
        "utsendingBrev", "SENDE_BREV", "spraak", "BOKMAAL"));

    JsonNode accessTask = awaitTask(OnboardingProcess.TASK_SET_UP_ACCESS);
    Http.Response refused = admin.postJson("/engine-rest/task/" + accessTask.get("id").asText() + "/complete",
        variables(Map.of("tilgangOpprettet", true)));
    // engine-rest answers a refusal by a task listener with 500 (RestException); the message is ours.
    assertThat(refused.status()).as("no administrator and no group yet").isIn(400, 500);
    assertThat(refused.json().get("message").asText()).contains("minst én tjenesteadministrator");
    assertThat(admin.postJson("/api/v1/kommuner/" + OSLO + "/administratorer", Map.of("brukernavn", "oslo.admin",
        "navn", "Ola Administrator", "passord", "Hemmelig-123")).status()).isEqualTo(201);
    assertThat(admin.postJson("/api/v1/kommuner/" + OSLO + "/grupper", Map.of("gruppenavn", "Bydel Frogner"))
        .status()).isEqualTo(201);
    complete(accessTask, Map.of("tilgangOpprettet", true));

    await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
        assertThat(admin.get("/api/v1/kommuner/" + OSLO + "/status").json().get("status").asText()).isEqualTo("AKTIV"));
    JsonNode status = admin.get("/api/v1/kommuner/" + OSLO + "/status").json();
    assertThat(status.get("svarutKontoStatus").asText()).isEqualTo("OPPRETTET");
    assertThat(status.get("dokumentlagerKontoStatus").asText()).isEqualTo("OPPRETTET");
    assertThat(admin.postJson("/api/v1/kommuner/" + OSLO + "/onboarding", "").status())
        .as("the service is active").isEqualTo(409);
    Http osloAdmin = as("oslo.admin", "Hemmelig-123");
    assertThat(osloAdmin.get("/api/v1/kommuner/" + OSLO + "/status").json().get("status").asText()).isEqualTo("AKTIV");
    assertThat(osloAdmin.get("/api/v1/kommuner/4601/status").status()).as("another municipality").isEqualTo(403);
    Http.Response ownCopy = osloAdmin.get("/api/v1/kommuner/" + OSLO + "/tjenestebilag");
    assertThat(ownCopy.status()).isEqualTo(200);
    assertThat(ownCopy.header("Content-Type").orElse("")).startsWith("application/pdf");

    String organisasjonsnummer = historicVariable(processInstanceId, "organisasjonsnummer");
    JsonNode forsendelse = StreamSupport.stream(admin.get("/fiks-simulator/api/svarut/forsendelser").json().spliterator(), false)
        .filter(f -> f.get("eksternReferanse").asText().startsWith("tjenestebilag-"))
        .filter(f -> organisasjonsnummer.equals(f.get("mottaker").get("digitalId").asText()))
        .findFirst().orElseThrow(() -> new AssertionError("no tjenestebilag sent to " + organisasjonsnummer));
    JsonNode dokument = forsendelse.get("dokumenter").get(0);
    assertThat(dokument.get("mimeType").asText()).isEqualTo("application/pdf");
    Http.Response pdf = admin.get(dokument.get("url").asText().replaceFirst("^https?://[^/]+", ""));
    assertThat(pdf.status()).isEqualTo(200);
    try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("Oslo").contains(organisasjonsnummer).contains("admin");
    }

    JsonNode settings = admin.get("/api/v1/kommuner/" + OSLO).json();
    ((ObjectNode) settings).put("telefon", "22222222");
    Http.Response changed = admin.putJson("/api/v1/kommuner/" + OSLO, settings);
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(admin.get("/api/v1/kommuner/" + OSLO).json().get("telefon").asText()).isEqualTo("22222222");
  }

  private JsonNode awaitTask(String taskDefinitionKey) {
    String query = "/engine-rest/task?processInstanceBusinessKey=" + OSLO + "&taskDefinitionKey=" + taskDefinitionKey
        + "&firstResult=0&maxResults=10";
    return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
        .until(() -> asAdmin().get(query).json(), tasks -> tasks.size() == 1).get(0);
  }

  private void complete(JsonNode task, Map<String, Object> values) {
    Http.Response response = asAdmin().postJson("/engine-rest/task/" + task.get("id").asText() + "/complete",
        variables(values));
    assertThat(response.status()).as(task.get("taskDefinitionKey").asText() + ": " + response.body()).isEqualTo(204);
  }

  private static Map<String, Object> variables(Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name,
        Map.of("value", value, "type", value instanceof Boolean ? "Boolean" : "String")));
    return Map.of("variables", variables);
  }

  private String firstSvarUtAccount(JsonNode task) throws Exception {
    Http.Response response = asAdmin().get("/engine-rest/task/" + task.get("id").asText()
        + "/form-variables?variableNames=svarUtKontoer&deserializeValues=false");
    JsonNode value = response.json().get("svarUtKontoer").get("value");
    JsonNode options = value.isTextual() ? JSON.readTree(value.asText()) : value;
    assertThat(options.isArray() && options.size() > 0).as("offered SvarUt accounts: " + response.body()).isTrue();
    return options.get(0).get("value").asText();
  }

  private String historicVariable(String processInstanceId, String name) {
    JsonNode found = asAdmin().get("/engine-rest/history/variable-instance?processInstanceId=" + processInstanceId
        + "&variableName=" + name + "&firstResult=0&maxResults=1").json();
    return found.get(0).get("value").asText();
  }
}
