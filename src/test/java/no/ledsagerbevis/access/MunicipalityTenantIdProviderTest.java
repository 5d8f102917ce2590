package no.ledsagerbevis.access;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Map;
import no.ledsagerbevis.support.H2AppTest;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Shared definitions, instances in their municipality's tenant: from the variable or from the caller. */
class MunicipalityTenantIdProviderTest extends H2AppTest {

  @Autowired
  ProcessEngine processEngine;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  HistoryService historyService;

  @BeforeEach
  void deploy() {
    BpmnAwareTests.init(processEngine);
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey("access-test-caller").count() == 0) {
      repositoryService.createDeployment().name("access-tenant-test")
          .addClasspathResource("access/access-test-task.bpmn")
          .addClasspathResource("access/access-test-caller.bpmn").deploy();
    }
  }

  @Test
  void instanceWithKommunenummerGetsTheMunicipalitysTenant() {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey("access-test-task",
        Map.of("kommunenummer", "0301", "gruppeId", "0301-avdeling-1", "oppgavenavn", "Sak"));
    assertThat(instance).isWaitingAt("Task_Work");
    Assertions.assertThat(instance.getTenantId()).isEqualTo("kommune0301");
    Assertions.assertThat(task(instance).getTenantId()).isEqualTo("kommune0301");
    Assertions.assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
        .singleResult().getTenantId()).isEqualTo("kommune0301");
    Assertions.assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("access-test-task")
        .singleResult().getTenantId()).isNull();
  }

  @Test
  void calledProcessInheritsTheCallersTenant() {
    ProcessInstance caller = runtimeService.startProcessInstanceByKey("access-test-caller",
        Map.of("kommunenummer", "4601", "gruppeId", "4601-avdeling-1", "oppgavenavn", "Sak"));
    assertThat(caller).isWaitingAt("CallActivity_Task");
    ProcessInstance called = runtimeService.createProcessInstanceQuery().superProcessInstanceId(caller.getId())
        .singleResult();
    Assertions.assertThat(runtimeService.getVariable(called.getId(), "kommunenummer")).isNull();
    Assertions.assertThat(called.getTenantId()).isEqualTo("kommune4601");
  }

  @Test
  void instanceWithoutKommunenummerHasNoTenant() {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey("access-test-task",
        Map.of("gruppeId", "0301-avdeling-1", "oppgavenavn", "Sak"));
    Assertions.assertThat(instance.getTenantId()).isNull();
  }
}
