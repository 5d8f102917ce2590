package no.ledsagerbevis.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.ledsagerbevis.agreement.AgreementSigningProcess;
import no.ledsagerbevis.configuration.ConfigurationProcess;
import no.ledsagerbevis.onboarding.MunicipalityRegistry;
import no.ledsagerbevis.onboarding.OnboardingProcess;
import no.ledsagerbevis.onboarding.OnboardingStatus;
import no.ledsagerbevis.support.H2AppTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ProcessVersionMigrationTest extends H2AppTest {

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired ProcessVersionMigration migration;
  @Autowired ManagementService managementService;
  @Autowired MunicipalityRegistry registry;

  @Test
  void anInstanceOfAnOlderVersionMovesToTheLatest() {
    ProcessDefinition older = deploy("system/ledsagerbevis-configuration-before-issue-9.bpmn");
    ProcessInstance instance = runtimeService.startProcessInstanceById(older.getId(),
        Map.of("kommunenummer", "0301", "fiksOrgId", "org-0301"));
    ProcessDefinition latest = deploy("processes/ledsagerbevis-configuration.bpmn");

    migration.migrateToLatest();

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getProcessDefinitionId()).isEqualTo(latest.getId());
  }

  /**
   * Issue 14 added milestone events to the onboarding and a path for rejections by Fiks to the configuration and the
   * agreement signing; no element id went away, so instances waiting anywhere move by equal ids.
   */
  @Test
  void instancesOfTheVersionsBeforeTheCanvasRulesMoveToTheLatestAndGoOn() {
    ProcessDefinition oldOnboarding = deploy("system/ledsagerbevis-onboarding-before-issue-14.bpmn");
    ProcessDefinition oldConfiguration = deploy("system/ledsagerbevis-configuration-before-issue-14.bpmn");
    ProcessDefinition oldSigning = deploy("system/ledsagerbevis-agreement-signing-before-issue-14.bpmn");
    // 1108: the one simulator municipality the tests sharing this context do not onboard.
    ProcessInstance onboarding = runtimeService.startProcessInstanceById(oldOnboarding.getId(), "1108",
        Map.of(OnboardingProcess.KOMMUNENUMMER, "1108"));
    ProcessInstance configuration = runtimeService.startProcessInstanceById(oldConfiguration.getId(),
        Map.of(ConfigurationProcess.KOMMUNENUMMER, "5001"));
    ProcessInstance signing = runtimeService.startProcessInstanceById(oldSigning.getId(),
        Map.of(AgreementSigningProcess.KOMMUNENUMMER, "3905"));
    ProcessDefinition newOnboarding = deploy("processes/ledsagerbevis-onboarding.bpmn");
    ProcessDefinition newConfiguration = deploy("processes/ledsagerbevis-configuration.bpmn");
    ProcessDefinition newSigning = deploy("processes/ledsagerbevis-agreement-signing.bpmn");

    migration.migrateToLatest();

    assertThat(definitionOf(onboarding)).isEqualTo(newOnboarding.getId());
    assertThat(definitionOf(configuration)).isEqualTo(newConfiguration.getId());
    assertThat(definitionOf(signing)).isEqualTo(newSigning.getId());
    // The moved onboarding goes on in the new version: the check sets the boolean the new gateway reads.
    managementService.executeJob(managementService.createJobQuery().processInstanceId(onboarding.getId())
        .singleResult().getId());
    assertThat(runtimeService.getVariable(onboarding.getId(), OnboardingProcess.TJENESTER_MANGLER)).isEqualTo(false);
    assertThat(runtimeService.getActiveActivityIds(onboarding.getId()))
        .containsExactly(OnboardingProcess.TASK_CREATE_SVARUT_ACCOUNT);
    assertThat(registry.find("1108").orElseThrow().status()).isEqualTo(OnboardingStatus.ONBOARDING);
    runtimeService.deleteProcessInstance(onboarding.getId(), "test cleanup");
  }

  /**
   * A large municipality's open cases move a page at a time; an instance that cannot move (here: waiting in a task the
   * latest version no longer has) stays and does not hold back the others of its page or the pages after it.
   */
  @Test
  void manyInstancesMoveAPageAtATimeAndOneThatCannotMoveStays() {
    BpmnModelInstance older = Bpmn.createExecutableProcess(ConfigurationProcess.PROCESS_KEY)
        .camundaHistoryTimeToLive(30)
        .startEvent().exclusiveGateway("Gateway_Where")
        .condition("kept", "${where == 'kept'}").userTask(ConfigurationProcess.TASK_ENTER_SETTINGS).endEvent()
        .moveToNode("Gateway_Where")
        .condition("gone", "${where == 'gone'}").userTask("Task_NotInTheLatestVersion").endEvent()
        .done();
    ProcessDefinition olderDefinition = repositoryService.createProcessDefinitionQuery().deploymentId(
        repositoryService.createDeployment().addModelInstance("older-configuration.bpmn", older).deploy().getId())
        .singleResult();
    List<String> movable = new ArrayList<>();
    String unmovable = null;
    for (int i = 0; i < 7; i++) {
      String where = i == 3 ? "gone" : "kept";
      String id = runtimeService.startProcessInstanceById(olderDefinition.getId(), Map.of("where", where)).getId();
      if (i == 3) {
        unmovable = id;
      } else {
        movable.add(id);
      }
    }
    ProcessDefinition latest = deploy("processes/ledsagerbevis-configuration.bpmn");

    new ProcessVersionMigration(repositoryService, runtimeService, 2).migrateToLatest();

    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionId(latest.getId())
        .processInstanceIds(Set.copyOf(movable)).count()).isEqualTo(movable.size());
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(unmovable).singleResult()
        .getProcessDefinitionId()).isEqualTo(olderDefinition.getId());
    assertThat(runtimeService.getActiveActivityIds(movable.get(0)))
        .containsExactly(ConfigurationProcess.TASK_ENTER_SETTINGS);
    movable.forEach(id -> runtimeService.deleteProcessInstance(id, "test cleanup"));
    runtimeService.deleteProcessInstance(unmovable, "test cleanup");
  }

  private String definitionOf(ProcessInstance instance) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getProcessDefinitionId();
  }

  private ProcessDefinition deploy(String resource) {
    String deploymentId = repositoryService.createDeployment().addClasspathResource(resource)
        .name("test " + resource).deploy().getId();
    return repositoryService.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult();
  }
}
