package no.ledsagerbevis.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.ledsagerbevis.support.H2AppTest;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class FormDeploymentTest extends H2AppTest {

  @Autowired
  RepositoryService repositoryService;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  TaskService taskService;

  @Autowired
  FormService formService;

  @Test
  void processesAndFormsAreDeployedWithRelativeNames() {
    ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey("ledsagerbevis-deployment-check").latestVersion().singleResult();
    assertThat(definition.getResourceName()).isEqualTo("processes/ledsagerbevis-deployment-check.bpmn");
    assertThat(definition.getTenantId()).as("definitions are shared by all municipalities").isNull();
    List<String> resources = repositoryService.getDeploymentResourceNames(definition.getDeploymentId());
    assertThat(resources).contains("forms/deployment-check.form");
  }

  @Test
  void theUserTaskResolvesItsCamundaForm() throws Exception {
    runtimeService.startProcessInstanceByKey("ledsagerbevis-deployment-check");
    Task task = taskService.createTaskQuery().taskDefinitionKey("Task_ConfirmDeployment").singleResult();

    CamundaFormRef formRef = formService.getTaskFormData(task.getId()).getCamundaFormRef();
    assertThat(formRef.getKey()).isEqualTo("deployment-check");
    assertThat(formRef.getBinding()).isEqualTo("deployment");

    try (InputStream form = formService.getDeployedTaskForm(task.getId())) {
      String json = new String(form.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(json).contains("\"id\": \"deployment-check\"").contains("utrullingBekreftet");
    }
  }

  @Test
  void aRestartDoesNotRedeployUnchangedResources() {
    List<Deployment> deployments = repositoryService.createDeploymentQuery().deploymentName("ledsagerbevis").list();
    assertThat(deployments).hasSize(1);
  }
}
