package no.ledsagerbevis.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import no.ledsagerbevis.support.H2AppTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ProcessVersionMigrationTest extends H2AppTest {

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired ProcessVersionMigration migration;

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

  private ProcessDefinition deploy(String resource) {
    String deploymentId = repositoryService.createDeployment().addClasspathResource(resource)
        .name("test " + resource).deploy().getId();
    return repositoryService.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult();
  }
}
