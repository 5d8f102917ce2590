package no.ledsagerbevis.configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import no.ledsagerbevis.access.MunicipalityAccess;
import no.ledsagerbevis.fiks.forvaltning.ForvaltningClient;
import no.ledsagerbevis.fiks.forvaltning.Organisasjon;
import no.ledsagerbevis.support.Http;
import no.ledsagerbevis.support.PostgresIntegrationTest;
import no.ledsagerbevis.support.WebappSession;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 9, finding 1, as Oslo's service administrator would try it on PostgreSQL: on her own «Første gangs
 * oppsett» she points the task at Bergen with task-local {@code kommunenummer} and {@code fiksOrgId}, or
 * completes it with them. Every way is refused, what she saves is Oslo's, Bergen's settings stay Bergen's,
 * and the contact persons she enters never stay in the engine.
 */
class HostileAdministratorIT extends PostgresIntegrationTest {

  static final String OSLO = "0301";
  static final String BERGEN = "4601";
  static final String PASSORD = "Hemmelig-123-passord";

  @Autowired MunicipalityAccess municipalityAccess;
  @Autowired ForvaltningClient forvaltning;
  @Autowired TaskService taskService;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void bergenConfiguredAndOsloWaitingForItsAdministrator() {
    municipalityAccess.ensureTenantAndAdministratorGroup(OSLO, "Oslo");
    municipalityAccess.ensureTenantAndAdministratorGroup(BERGEN, "Bergen");
    asAdmin().postJson("/api/v1/kommuner/" + OSLO + "/administratorer",
        Map.of("brukernavn", "osloadmin", "navn", "Olga Oslo", "passord", PASSORD));
    if (asAdmin().get("/api/v1/kommuner/" + BERGEN).status() == 404) {
      String instance = startConfiguration(BERGEN);
      Task configure = awaitTask(instance, ConfigurationProcess.TASK_CONFIGURE_SERVICE);
      assertThat(asAdmin().postJson("/engine-rest/task/" + configure.getId() + "/complete", Map.of("variables",
          firstSetup(offeredAccount(configure.getId()), "Postboks 7700", "5020", "Bergen", "55560000"))).status())
          .isEqualTo(204);
      Task settings = awaitTask(instance, ConfigurationProcess.TASK_ENTER_SETTINGS);
      assertThat(asAdmin().postJson("/engine-rest/task/" + settings.getId() + "/complete", Map.of("variables",
          variables(Map.of("kontaktpersoner", "drift@bergen.kommune.no", "utsendingBrev", "SENDE_BREV",
              "spraak", "BOKMAAL")))).status()).isEqualTo(204);
    }
  }

  @Test
  void finding1TaskLocalKommunenummerAndFiksOrgIdAreRefusedAndBergenKeepsItsSettings() {
    JsonNode bergenBefore = asAdmin().get("/api/v1/kommuner/" + BERGEN).json();
    String instance = startConfiguration(OSLO);
    Task task = awaitTask(instance, ConfigurationProcess.TASK_CONFIGURE_SERVICE);
    Organisasjon bergen = forvaltning.hentOrganisasjon(BERGEN);

    assertRefused(osloadmin().putJson("/engine-rest/task/" + task.getId() + "/localVariables/kommunenummer",
        Map.of("value", BERGEN)), 403);
    assertRefused(osloadmin().putJson("/engine-rest/task/" + task.getId() + "/localVariables/fiksOrgId",
        Map.of("value", bergen.fiksOrgId())), 403);
    assertRefused(osloadmin().postJson("/engine-rest/task/" + task.getId() + "/variables", Map.of("modifications",
        variables(Map.of("kommunenummer", BERGEN, "fiksOrgId", bergen.fiksOrgId())))), 403);
    assertRefused(osloadmin().putJson("/engine-rest/process-instance/" + instance + "/variables/kommunenummer",
        Map.of("value", BERGEN)), 403);
    Map<String, Object> withBergen = new LinkedHashMap<>(
        firstSetup(offeredAccount(task.getId()), "Rådhuset", "0037", "Oslo", "21802180"));
    withBergen.putAll(variables(Map.of("kommunenummer", BERGEN, "fiksOrgId", bergen.fiksOrgId())));
    Http.Response completed = osloadmin().postJson("/engine-rest/task/" + task.getId() + "/complete",
        Map.of("variables", withBergen));
    assertRefused(completed, 400);
    assertThat(completed.json().get("detail").asText()).contains("fiksOrgId", "kommunenummer");
    assertThat(taskService.getVariablesLocal(task.getId())).isEmpty();

    Http.Response legitimate = osloadmin().postJson("/engine-rest/task/" + task.getId() + "/complete",
        Map.of("variables", firstSetup(offeredAccount(task.getId()), "Rådhuset", "0037", "Oslo", "21802180")));

    assertThat(legitimate.status()).as(legitimate.body()).isEqualTo(204);
    assertThat(asAdmin().get("/api/v1/kommuner/" + BERGEN).json()).isEqualTo(bergenBefore);
    assertThat(jdbc.sql("SELECT fiks_org_id FROM cfg_settings WHERE kommunenummer = ?").param(OSLO)
        .query(String.class).single()).isEqualTo(forvaltning.hentOrganisasjon(OSLO).fiksOrgId());
    assertThat(asAdmin().get("/api/v1/kommuner/" + OSLO).json().at("/postAdresse/postadressenavn").asText())
        .isEqualTo("Rådhuset");
  }

  @Test
  void finding1TheSameCompletionThroughTasklistIsRefused() {
    String instance = startConfiguration(OSLO);
    Task task = awaitTask(instance, ConfigurationProcess.TASK_CONFIGURE_SERVICE);
    Map<String, Object> withBergen = new LinkedHashMap<>(
        firstSetup(offeredAccount(task.getId()), "Rådhuset", "0037", "Oslo", "21802180"));
    withBergen.putAll(variables(Map.of("kommunenummer", BERGEN)));
    WebappSession tasklist = WebappSession.login(http(), "tasklist", "osloadmin", PASSORD);

    Http.Response submitted = tasklist.engine("POST", "/task/" + task.getId() + "/submit-form",
        Map.of("variables", withBergen));

    assertRefused(submitted, 400);
    assertThat(submitted.json().get("message").asText()).as("what Tasklist shows").contains("kommunenummer");
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
  }

  @Test
  void anotherMunicipalitysAccountCannotBeChosen() {
    String instance = startConfiguration(OSLO);
    Task task = awaitTask(instance, ConfigurationProcess.TASK_CONFIGURE_SERVICE);
    String bergensAccount = jdbc.sql("SELECT svarut_konto_id FROM cfg_settings WHERE kommunenummer = ?")
        .param(BERGEN).query(String.class).single();

    Http.Response completed = osloadmin().postJson("/engine-rest/task/" + task.getId() + "/complete",
        Map.of("variables", firstSetup(bergensAccount, "Rådhuset", "0037", "Oslo", "21802180")));

    assertThat(completed.status()).as(completed.body()).isEqualTo(400);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
  }

  @Test
  void contactPersonsAreSavedAndNeverStayInTheEngine() {
    String instance = startConfiguration(OSLO);
    Task configure = awaitTask(instance, ConfigurationProcess.TASK_CONFIGURE_SERVICE);
    assertThat(osloadmin().postJson("/engine-rest/task/" + configure.getId() + "/complete", Map.of("variables",
        firstSetup(offeredAccount(configure.getId()), "Rådhuset", "0037", "Oslo", "21802180"))).status())
        .isEqualTo(204);
    Task settings = awaitTask(instance, ConfigurationProcess.TASK_ENTER_SETTINGS);

    Http.Response completed = osloadmin().postJson("/engine-rest/task/" + settings.getId() + "/complete",
        Map.of("variables", variables(Map.of("kontaktpersoner", "olga.oslo@oslo.kommune.no",
            "utsendingBrev", "SENDE_BREV", "spraak", "BOKMAAL"))));

    assertThat(completed.status()).as(completed.body()).isEqualTo(204);
    assertThat(asAdmin().get("/api/v1/kommuner/" + OSLO).json().get("kontaktpersoner").toString())
        .contains("olga.oslo@oslo.kommune.no");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM act_ru_variable WHERE name_ = 'kontaktpersoner'").query(Long.class)
        .single()).isZero();
  }

  @Test
  void anAdministratorCannotStartProcessesOrModifyThem() {
    String instance = startConfiguration(OSLO);
    awaitTask(instance, ConfigurationProcess.TASK_CONFIGURE_SERVICE);

    Http.Response started = osloadmin().postJson("/engine-rest/process-definition/key/ledsagerbevis-configuration/start",
        Map.of("variables", variables(Map.of("kommunenummer", BERGEN))));
    Http.Response moved = osloadmin().postJson("/engine-rest/process-instance/" + instance + "/modification",
        Map.of("instructions", java.util.List.of(Map.of("type", "startBeforeActivity", "activityId", ConfigurationProcess.TASK_ENTER_SETTINGS))));

    assertThat(started.status()).as(started.body()).isEqualTo(403);
    assertRefused(moved, 403);
  }

  private String startConfiguration(String kommunenummer) {
    Organisasjon org = forvaltning.hentOrganisasjon(kommunenummer);
    Http.Response started = asAdmin().postJson("/engine-rest/process-definition/key/ledsagerbevis-configuration/start",
        Map.of("variables", variables(Map.of("kommunenummer", kommunenummer, "kommunenavn", org.navn(),
            "fiksOrgId", org.fiksOrgId(), "organisasjonsnummer", org.organisasjonsnummer()))));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    return started.json().get("id").asText();
  }

  private Task awaitTask(String instanceId, String taskDefinitionKey) {
    return await().atMost(Duration.ofSeconds(60)).until(() -> taskService.createTaskQuery()
        .processInstanceId(instanceId).taskDefinitionKey(taskDefinitionKey).singleResult(), t -> t != null);
  }

  /** The first account the form offers, as Tasklist reads it. */
  private String offeredAccount(String taskId) {
    JsonNode variables = asAdmin().get("/engine-rest/task/" + taskId
        + "/form-variables?variableNames=svarUtKontoer&deserializeValues=false").json();
    try {
      return new ObjectMapper().readTree(variables.at("/svarUtKontoer/value").asText()).get(0).get("value").asText();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> firstSetup(String konto, String adresse, String postnummer, String poststed,
      String telefon) {
    return variables(Map.of("svarUtKontoId", konto, "postadressenavn", adresse, "postnummer", postnummer,
        "poststed", poststed, "telefon", telefon, "godtarOpprettelse", true));
  }

  private static Map<String, Object> variables(Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return variables;
  }

  private static void assertRefused(Http.Response response, int status) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.header("Content-Type").orElse("")).contains("application/problem+json");
  }

  private Http osloadmin() {
    return as("osloadmin", PASSORD);
  }
}
