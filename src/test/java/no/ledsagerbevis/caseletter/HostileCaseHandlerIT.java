package no.ledsagerbevis.caseletter;

import static no.ledsagerbevis.caseletter.CaseTestGroups.AVDELING_1;
import static no.ledsagerbevis.caseletter.CaseTestGroups.AVDELING_2;
import static no.ledsagerbevis.caseletter.CaseTestGroups.KOMMUNE;
import static no.ledsagerbevis.caseletter.CaseTestGroups.PASSORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.ledsagerbevis.access.MunicipalityAccess;
import no.ledsagerbevis.configuration.MunicipalitySettingsService;
import no.ledsagerbevis.demo.DemoConfiguration;
import no.ledsagerbevis.fiks.forvaltning.ForvaltningClient;
import no.ledsagerbevis.support.Http;
import no.ledsagerbevis.support.PostgresIntegrationTest;
import no.ledsagerbevis.support.WebappSession;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 9, finding 2 and 5 and their variations, as a logged-in case handler would try them on PostgreSQL:
 * engine-rest and the webapps' engine API refuse every way to start a case, move it, or write a variable
 * that could point it at another case or group; a completion carries its form's fields only; a user who
 * leaves a group or switches away from it loses its tasks; the refusal reason never stays in the engine.
 */
class HostileCaseHandlerIT extends PostgresIntegrationTest {

  static final String SAKER_1 = "/api/v1/kommuner/" + KOMMUNE + "/grupper/" + AVDELING_1 + "/saker";
  static final String SAKER_2 = "/api/v1/kommuner/" + KOMMUNE + "/grupper/" + AVDELING_2 + "/saker";
  static final String FNR = "15838500002";

  @Autowired MunicipalityAccess municipalityAccess;
  @Autowired MunicipalitySettingsService settings;
  @Autowired ForvaltningClient forvaltning;
  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired AuthorizationService authorizationService;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void osloWithTwoGroupsConfigured() {
    CaseTestGroups.ensure(municipalityAccess, asAdmin());
    if (settings.find(KOMMUNE).isEmpty()) {
      new DemoConfiguration(forvaltning, runtimeService, processEngine.getTaskService()).configure(KOMMUNE, "Oslo");
      await().atMost(Duration.ofSeconds(90)).until(() -> settings.find(KOMMUNE)
          .filter(s -> s.registerRolleId() != null).isPresent());
    }
  }

  @Test
  void finding2ACaseHandlerCannotStartTheCaseProcessAtTheAssessmentForAnotherGroupsCase() {
    String karisCase = caseOf(as("kari", PASSORD), SAKER_2);
    Map<String, Object> variables = Map.of(
        "saksId", Map.of("value", karisCase), "gruppeId", Map.of("value", AVDELING_1),
        "kommunenummer", Map.of("value", KOMMUNE));

    Http.Response withInstructions = ina().postJson(START, Map.of("businessKey", karisCase, "variables", variables,
        "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_AssessApplication"))));
    Http.Response skippingListeners = ina().postJson(START, Map.of("businessKey", karisCase, "variables", variables,
        "skipCustomListeners", true));
    Http.Response plain = ina().postJson(START, Map.of("businessKey", karisCase, "variables", variables));

    assertThat(withInstructions.status()).as(withInstructions.body()).isEqualTo(403);
    assertThat(withInstructions.json().get("detail").asText()).contains("startinstruksjoner");
    assertThat(skippingListeners.status()).as(skippingListeners.body()).isEqualTo(403);
    assertThat(plain.status()).as("no CREATE_INSTANCE for case handlers: " + plain.body()).isEqualTo(403);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(karisCase).count()).isEqualTo(1);
  }

  @Test
  void finding2ATaskLocalOrTaskVariableCannotShadowTheCasesGroupOrId() {
    String saksId = caseOf(ina(), SAKER_1);
    String taskId = awaitAssessment(saksId).getId();

    assertRefused(ina().putJson("/engine-rest/task/" + taskId + "/localVariables/gruppeId",
        Map.of("value", AVDELING_2)), 403);
    assertRefused(ina().postJson("/engine-rest/task/" + taskId + "/localVariables",
        Map.of("modifications", Map.of("gruppeId", Map.of("value", AVDELING_2)))), 403);
    assertRefused(ina().putJson("/engine-rest/task/" + taskId + "/variables/saksId", Map.of("value", "annen-sak")), 403);
    assertRefused(ina().delete("/engine-rest/task/" + taskId + "/variables/saksId"), 403);
    assertThat(processEngine.getTaskService().getVariablesLocal(taskId)).isEmpty();
    assertThat(runtimeService.getVariable(awaitAssessment(saksId).getProcessInstanceId(), "saksId")).isEqualTo(saksId);
  }

  @Test
  void finding2TheProcessLevelSaksIdCannotBeChangedThroughAnyVariableEndpoint() {
    String saksId = caseOf(ina(), SAKER_1);
    Task task = awaitAssessment(saksId);
    String instance = task.getProcessInstanceId();

    assertRefused(ina().putJson("/engine-rest/process-instance/" + instance + "/variables/saksId",
        Map.of("value", "annen-sak")), 403);
    assertRefused(ina().postJson("/engine-rest/process-instance/" + instance + "/variables",
        Map.of("modifications", Map.of("saksId", Map.of("value", "annen-sak")))), 403);
    assertRefused(ina().putJson("/engine-rest/execution/" + task.getExecutionId() + "/localVariables/gruppeId",
        Map.of("value", AVDELING_2)), 403);
    assertRefused(ina().postJson("/engine-rest/message", Map.of("messageName", "x", "processInstanceId", instance,
        "processVariables", Map.of("saksId", Map.of("value", "annen-sak")))), 403);
    assertThat(runtimeService.getVariable(instance, "saksId")).isEqualTo(saksId);
  }

  @Test
  void processInstanceModificationIsForOperatorsOnly() {
    String saksId = caseOf(ina(), SAKER_1);
    String instance = awaitAssessment(saksId).getProcessInstanceId();

    assertRefused(ina().postJson("/engine-rest/process-instance/" + instance + "/modification", Map.of(
        "instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_SendDecisionLetter")))), 403);
    assertRefused(ina().postJson("/engine-rest/modification/execute", Map.of("processDefinitionId",
        processDefinitionId(), "processInstanceIds", List.of(instance),
        "instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_SendDecisionLetter")))), 403);
    assertThat(runtimeService.getActiveActivityIds(instance)).containsExactly("Task_AssessApplication");
  }

  @Test
  void aCompletionCarriesTheFormsFieldsOnlyThroughEngineRestAndTasklist() {
    String saksId = caseOf(ina(), SAKER_1);
    String taskId = awaitAssessment(saksId).getId();
    Map<String, Object> refusal = Map.of("vedtak", Map.of("value", "AVSLAATT"),
        "begrunnelse", Map.of("value", "Vilkårene er ikke oppfylt."), "gruppeId", Map.of("value", AVDELING_2));

    Http.Response rest = ina().postJson("/engine-rest/task/" + taskId + "/complete", Map.of("variables", refusal));
    WebappSession tasklistSession = WebappSession.login(http(), "tasklist", "ina", PASSORD);
    Http.Response tasklist = tasklistSession.engine("POST", "/task/" + taskId + "/submit-form",
        Map.of("variables", refusal));
    Http.Response tasklistVariable = tasklistSession.engine("PUT", "/task/" + taskId + "/localVariables/gruppeId",
        Map.of("value", AVDELING_2));

    assertRefused(rest, 400);
    assertThat(rest.json().get("detail").asText()).contains("gruppeId").contains("hører ikke til skjemaet");
    assertRefused(tasklist, 400);
    assertRefused(tasklistVariable, 403);
    assertThat(processEngine.getTaskService().createTaskQuery().taskId(taskId).count()).isEqualTo(1);
  }

  @Test
  void aCaseHandlerCannotCompleteAnotherGroupsTask() {
    String karisTask = awaitAssessment(caseOf(as("kari", PASSORD), SAKER_2)).getId();

    Http.Response completed = ina().postJson("/engine-rest/task/" + karisTask + "/complete",
        Map.of("variables", Map.of("vedtak", Map.of("value", "AVSLAATT"), "begrunnelse", Map.of("value", "Nei."))));

    assertThat(completed.status()).as(completed.body()).isIn(403, 404);
    assertThat(processEngine.getTaskService().createTaskQuery().taskId(karisTask).count()).isEqualTo(1);
  }

  @Test
  void aCaseHandlerGivesBackHerTaskButCannotHandItToSomeoneElse() {
    String taskId = awaitAssessment(caseOf(ina(), SAKER_1)).getId();
    assertThat(ina().postJson("/engine-rest/task/" + taskId + "/claim", Map.of("userId", "ina")).status()).isEqualTo(204);

    assertRefused(ina().postJson("/engine-rest/task/" + taskId + "/claim", Map.of("userId", "kari")), 403);
    assertRefused(ina().postJson("/engine-rest/task/" + taskId + "/assignee", Map.of("userId", "kari")), 403);
    assertThat(processEngine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee())
        .isEqualTo("ina");

    Http.Response unclaimed = ina().postJson("/engine-rest/task/" + taskId + "/unclaim", Map.of());
    assertThat(unclaimed.status()).as(unclaimed.body()).isEqualTo(204);
    assertThat(processEngine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
  }

  @Test
  void finding5SwitchingActiveGroupReleasesHerTasksAndRevokesHerGrants() {
    Http paal = as("paal", PASSORD);
    assertThat(paal.putJson("/api/v1/meg/aktiv-gruppe", Map.of("gruppeId", AVDELING_1)).status()).isEqualTo(200);
    String taskId = awaitAssessment(caseOf(ina(), SAKER_1)).getId();
    assertThat(paal.postJson("/engine-rest/task/" + taskId + "/claim", Map.of("userId", "paal")).status()).isEqualTo(204);
    assertThat(userGrants("paal", taskId)).isPositive();

    assertThat(paal.putJson("/api/v1/meg/aktiv-gruppe", Map.of("gruppeId", AVDELING_2)).status()).isEqualTo(200);

    assertThat(processEngine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
    assertThat(userGrants("paal", taskId)).isZero();
    Http.Response completed = paal.postJson("/engine-rest/task/" + taskId + "/complete", Map.of("variables",
        Map.of("vedtak", Map.of("value", "AVSLAATT"), "begrunnelse", Map.of("value", "Nei."))));
    assertThat(completed.status()).as(completed.body()).isIn(403, 404);
    assertThat(paal.putJson("/api/v1/meg/aktiv-gruppe", Map.of("gruppeId", AVDELING_1)).status()).isEqualTo(200);
  }

  @Test
  void finding5ARemovedUserLosesHerTasks() {
    String path = "/api/v1/kommuner/" + KOMMUNE + "/grupper/" + AVDELING_1 + "/brukere";
    asAdmin().postJson(path, Map.of("brukernavn", "per", "navn", "Per Hansen", "passord", PASSORD));
    asAdmin().postJson("/api/v1/kommuner/" + KOMMUNE + "/grupper/" + AVDELING_2 + "/brukere", Map.of("brukernavn", "per"));
    Http per = as("per", PASSORD);
    assertThat(per.putJson("/api/v1/meg/aktiv-gruppe", Map.of("gruppeId", AVDELING_1)).status()).isEqualTo(200);
    String taskId = awaitAssessment(caseOf(ina(), SAKER_1)).getId();
    assertThat(per.postJson("/engine-rest/task/" + taskId + "/claim", Map.of("userId", "per")).status()).isEqualTo(204);

    assertThat(asAdmin().delete(path + "/per").status()).isEqualTo(204);

    assertThat(processEngine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
    assertThat(userGrants("per", taskId)).isZero();
    assertThat(per.postJson("/engine-rest/task/" + taskId + "/complete", Map.of("variables",
        Map.of("vedtak", Map.of("value", "AVSLAATT"), "begrunnelse", Map.of("value", "Nei.")))).status()).isIn(403, 404);
  }

  @Test
  void theRefusalReasonIsKeptOnTheCaseAndNeverInTheEnginesRuntime() {
    String saksId = caseOf(ina(), SAKER_1);
    String taskId = awaitAssessment(saksId).getId();

    Http.Response completed = ina().postJson("/engine-rest/task/" + taskId + "/complete", Map.of("variables", Map.of(
        "vedtak", Map.of("value", "AVSLAATT"), "begrunnelse", Map.of("value", "Helseopplysning som ikke skal lagres i motoren."))));

    assertThat(completed.status()).as(completed.body()).isEqualTo(204);
    assertThat(jdbc.sql("SELECT begrunnelse FROM caseletter_case WHERE saks_id = ?").param(saksId).query(String.class)
        .single()).isEqualTo("Helseopplysning som ikke skal lagres i motoren.");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM act_ru_variable WHERE name_ = 'begrunnelse'").query(Long.class).single())
        .isZero();
    assertThat(jdbc.sql("SELECT saksbehandler FROM caseletter_case WHERE saks_id = ?").param(saksId).query(String.class)
        .single()).isEqualTo("ina");
  }

  private static final String START = "/engine-rest/process-definition/key/" + ProcessVariables.PROCESS_KEY + "/start";

  private static void assertRefused(Http.Response response, int status) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.header("Content-Type").orElse("")).contains("application/problem+json");
  }

  private long userGrants(String user, String taskId) {
    return authorizationService.createAuthorizationQuery().userIdIn(user).resourceType(Resources.TASK)
        .resourceId(taskId).count();
  }

  private String caseOf(Http caseHandler, String saker) {
    Http.Response created = caseHandler.postJson(saker, Map.of("fnr", FNR, "telefonnummer", "91234567",
        "antallLedsagere", 1, "referansenummer", "IT-FIENDTLIG"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("saksId").asText();
  }

  private Task awaitAssessment(String saksId) {
    return await().atMost(Duration.ofSeconds(60)).until(() -> processEngine.getTaskService().createTaskQuery()
        .processInstanceBusinessKey(saksId).taskDefinitionKey("Task_AssessApplication").singleResult(), t -> t != null);
  }

  private String processDefinitionId() {
    return processEngine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ProcessVariables.PROCESS_KEY).latestVersion().singleResult().getId();
  }

  private Http ina() {
    return as("ina", PASSORD);
  }
}
