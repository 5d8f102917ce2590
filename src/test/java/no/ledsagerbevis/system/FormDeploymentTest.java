package no.ledsagerbevis.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import no.ledsagerbevis.agreement.AgreementSigningProcess;
import no.ledsagerbevis.support.H2AppTest;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

// Reads every deployment and inserts Oslo: needs a context no other class has deployed into (support.H2AppTest).
@TestPropertySource(properties = "ledsagerbevis.test.own-context=FormDeploymentTest")
class FormDeploymentTest extends H2AppTest {

  @Autowired
  org.springframework.jdbc.core.JdbcTemplate jdbc;
  @Autowired
  RepositoryService repositoryService;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  TaskService taskService;

  @Autowired
  FormService formService;

  @Autowired
  ManagementService managementService;

  @Test
  void processesAndFormsAreDeployedWithRelativeNames() {
    ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey("ledsagerbevis-agreement-signing").latestVersion().singleResult();
    assertThat(definition.getResourceName()).isEqualTo("processes/ledsagerbevis-agreement-signing.bpmn");
    assertThat(definition.getTenantId()).as("definitions are shared by all municipalities").isNull();
    List<String> resources = repositoryService.getDeploymentResourceNames(definition.getDeploymentId());
    assertThat(resources).contains("forms/sign-agreement.form");
  }

  @Test
  void theUserTaskResolvesItsCamundaForm() throws Exception {
    // The signing process reads its municipality from the onboarding's register, as when onboarding calls it.
    jdbc.update("INSERT INTO onboarding_municipality (kommunenummer, navn, fiks_org_id, organisasjonsnummer, status,"
        + " opprettet, endret) VALUES ('0301', 'Oslo', 'org-0301', '974760673', 'ONBOARDING', CURRENT_TIMESTAMP,"
        + " CURRENT_TIMESTAMP)");
    ProcessInstance instance = runtimeService.startProcessInstanceByKey("ledsagerbevis-agreement-signing",
        Map.of("kommunenummer", "0301", "kommunenavn", "Oslo", "organisasjonsnummer", "974760673"));
    managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId()).singleResult().getId());
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(AgreementSigningProcess.TASK_SIGN_AGREEMENT).singleResult();

    CamundaFormRef formRef = formService.getTaskFormData(task.getId()).getCamundaFormRef();
    assertThat(formRef.getKey()).isEqualTo("sign-agreement");
    assertThat(formRef.getBinding()).isEqualTo("deployment");

    try (InputStream form = formService.getDeployedTaskForm(task.getId())) {
      String json = new String(form.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(json).contains("\"id\": \"sign-agreement\"").contains("godtarVilkaar");
    }
  }

  @Test
  void aRestartDoesNotRedeployUnchangedResources() {
    List<Deployment> deployments = repositoryService.createDeploymentQuery().deploymentName("ledsagerbevis").list();
    assertThat(deployments).hasSize(1);
  }

  @Test
  void onlyTheOnboardingCanBeStartedFromTasklist() {
    // Cases start through the case API (personal data goes to our tables first); sub-processes through their caller.
    assertThat(repositoryService.createProcessDefinitionQuery().startableInTasklist().latestVersion().list())
        .extracting(ProcessDefinition::getKey)
        .containsExactly("ledsagerbevis-onboarding");
  }
}
