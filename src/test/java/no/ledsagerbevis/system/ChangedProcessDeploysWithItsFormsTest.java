package no.ledsagerbevis.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.ledsagerbevis.support.H2AppTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * User tasks find their form in the deployment of their process (formRefBinding="deployment"), so a changed
 * BPMN must be deployed together with its unchanged forms: processes.xml sets isDeployChangedOnly=false, which
 * makes the engine deploy everything when anything changed, and nothing when nothing did (docs/process-owners.md).
 */
class ChangedProcessDeploysWithItsFormsTest extends H2AppTest {

  private static final String FORM = "{\"id\": \"ops-probe-form\", \"type\": \"default\", \"components\": []}";

  private static final Map<String, String> BPMN = new HashMap<>();

  @Autowired
  RepositoryService repositoryService;

  @Test
  void theProcessApplicationDeploysEverythingWhenAnythingChanged() throws Exception {
    assertThat(Files.readString(Path.of("src/main/resources/META-INF/processes.xml")))
        .contains("<property name=\"isDeployChangedOnly\">false</property>");
  }

  @Test
  void aChangedBpmnIsDeployedWithTheFormsItDidNotChange() {
    deploy("Første versjon", false);
    deploy("Første versjon", false);
    assertThat(repositoryService.createDeploymentQuery().deploymentName("ops-probe").count())
        .as("nothing changed: nothing deployed").isEqualTo(1);

    String changed = deploy("Nytt navn på steget", false);
    assertThat(resourceNames(changed)).contains("forms/ops-probe.form", "processes/ops-probe.bpmn");
  }

  @Test
  void deployingChangedFilesOnlyWouldLeaveTheFormBehind() {
    deploy("A", true);
    String changed = deploy("B", true);
    assertThat(resourceNames(changed)).containsExactly("processes/ops-probe.bpmn");
  }

  private String deploy(String taskName, boolean changedOnly) {
    // One file per task name: the builder generates ids, so building it again would change the file.
    String bpmn = BPMN.computeIfAbsent(taskName, name -> Bpmn.convertToString(Bpmn.createExecutableProcess("ops-probe").camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_Probe").sequenceFlowId("Flow_ToTask").userTask("Task_Probe").name(name)
        .camundaFormRef("ops-probe-form").camundaFormRefBinding("deployment")
        .sequenceFlowId("Flow_ToEnd").endEvent("EndEvent_Probe").done()));
    String name = changedOnly ? "ops-probe-changed-only" : "ops-probe";
    return repositoryService.createDeployment().name(name).source("process application")
        .addString("processes/ops-probe.bpmn", bpmn).addString("forms/ops-probe.form", FORM)
        .enableDuplicateFiltering(changedOnly).deploy().getId();
  }

  private List<String> resourceNames(String deploymentId) {
    return repositoryService.getDeploymentResources(deploymentId).stream().map(Resource::getName).toList();
  }
}
