package no.ledsagerbevis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import no.ledsagerbevis.errors.InvalidInputException;
import no.ledsagerbevis.support.H2AppTest;
import no.ledsagerbevis.support.Http;
import no.ledsagerbevis.validation.ValidatingCompleteListener;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A rule broken at task completion answers 400 with its own message, on engine-rest and where Tasklist submits. */
class CompletionRuleErrorsTest extends H2AppTest {

  public static class RequiresConfirmation extends ValidatingCompleteListener {
    @Override
    protected void validate(DelegateTask task) {
      if (!Boolean.TRUE.equals(task.getVariable("bekreftet"))) {
        throw new InvalidInputException("bekreftet", "Du må bekrefte før oppgaven kan fullføres.");
      }
    }
  }

  @Autowired
  RepositoryService repositoryService;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  TaskService taskService;

  private String taskId;

  @BeforeEach
  void taskWithACompletionRule() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("completion-rule-test").camundaHistoryTimeToLive(1)
        .startEvent().userTask("Task_Confirm").camundaTaskListenerClass("complete", RequiresConfirmation.class)
        .endEvent().done();
    repositoryService.createDeployment().addModelInstance("completion-rule-test.bpmn", model).deploy();
    String instanceId = runtimeService.startProcessInstanceByKey("completion-rule-test").getId();
    taskId = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
  }

  @Test
  void engineRestAnswers400WithTheNorwegianMessage() {
    Http.Response response = asAdmin().postJson("/engine-rest/task/" + taskId + "/complete",
        Map.of("variables", Map.of("bekreftet", Map.of("value", false, "type", "Boolean"))));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("message").asText()).isEqualTo("Du må bekrefte før oppgaven kan fullføres.");
    assertThat(response.header("Content-Type").orElse("")).startsWith("application/problem+json");
    assertThat(response.json().get("detail").asText()).isEqualTo("Du må bekrefte før oppgaven kan fullføres.");
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
  }

  @Test
  void tasklistsFormSubmissionAnswers400WithTheNorwegianMessage() {
    Http browser = http();
    browser.get("/camunda/app/welcome/default/");
    assertThat(browser.postForm("/camunda/api/admin/auth/user/default/login/tasklist", "username=admin&password=admin",
        Map.of("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN").orElseThrow())).status()).isEqualTo(200);
    browser.get("/camunda/api/admin/auth/user/default");
    Map<String, String> xsrf = Map.of("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN").orElseThrow());

    Http.Response response = browser.send("POST", "/camunda/api/engine/engine/default/task/" + taskId + "/submit-form",
        "application/json", "{\"variables\":{\"bekreftet\":{\"value\":false,\"type\":\"Boolean\"}}}".getBytes(StandardCharsets.UTF_8), xsrf);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("message").asText()).isEqualTo("Du må bekrefte før oppgaven kan fullføres.");
    assertThat(response.header("Content-Type").orElse("")).startsWith("application/problem+json");
    assertThat(response.json().get("detail").asText()).isEqualTo("Du må bekrefte før oppgaven kan fullføres.");

    Http.Response confirmed = browser.send("POST", "/camunda/api/engine/engine/default/task/" + taskId + "/submit-form",
        "application/json", "{\"variables\":{\"bekreftet\":{\"value\":true,\"type\":\"Boolean\"}}}".getBytes(StandardCharsets.UTF_8), xsrf);
    assertThat(confirmed.status()).isEqualTo(204);
  }
}
