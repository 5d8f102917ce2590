package no.ledsagerbevis.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.Base64;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Map;
import no.ledsagerbevis.support.H2AppTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class EngineConfigurationTest extends H2AppTest {

  @Autowired
  ProcessEngine engine;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  CamundaBpmProperties camundaProperties;

  private ProcessEngineConfigurationImpl config() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  @Test
  void authorizationAndTenantChecksAreOn() {
    assertThat(config().isAuthorizationEnabled()).isTrue();
    assertThat(config().isTenantCheckEnabled()).isTrue();
  }

  @Test
  void javaSerializationIsRefused() throws IOException {
    ProcessInstance instance = startAnyProcess();
    String serializedList = Base64.getEncoder().encodeToString(javaSerialize(new ArrayList<>(Arrays.asList("a", "b"))));
    ObjectValue javaSerialized = Variables.serializedObjectValue(serializedList)
        .serializationDataFormat(Variables.SerializationDataFormats.JAVA)
        .objectTypeName(ArrayList.class.getName()).create();
    assertThatThrownBy(() -> runtimeService.setVariable(instance.getId(), "liste", javaSerialized))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Java serialization format is prohibited");
    assertThat(config().isJavaSerializationFormatEnabled()).isFalse();
    assertThat(config().isDeserializationTypeValidationEnabled()).isTrue();
  }

  private static byte[] javaSerialize(Object value) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    return bytes.toByteArray();
  }

  @Test
  void objectsAreSerialisedAsJsonByDefault() {
    ProcessInstance instance = startAnyProcess();
    runtimeService.setVariable(instance.getId(), "kart", Variables.objectValue(Map.of("a", 1)).create());
    ObjectValue stored = runtimeService.getVariableTyped(instance.getId(), "kart", false);
    assertThat(stored.getSerializationDataFormat()).isEqualTo("application/json");
  }

  /** Waits at its first (asynchronous) step, so variables can be set on it. */
  private ProcessInstance startAnyProcess() {
    return runtimeService.startProcessInstanceByKey("ledsagerbevis-agreement-signing",
        Map.of("kommunenummer", "0301", "kommunenavn", "Oslo", "organisasjonsnummer", "974760673"));
  }

  @Test
  void historyCleanupHasANightlyWindow() {
    assertThat(config().getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
    assertThat(config().getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
    assertThat(config().isEnforceHistoryTimeToLive()).isTrue();
  }

  @Test
  void everyProcessInProcessesFolderHasAHistoryTimeToLive() {
    File[] files = new File("processes").listFiles((dir, name) -> name.endsWith(".bpmn"));
    assertThat(files).isNotEmpty();
    for (File file : files) {
      for (Process process : Bpmn.readModelFromFile(file).getModelElementsByType(Process.class)) {
        assertThat(process.getCamundaHistoryTimeToLiveString()).as(file.getName()).isNotBlank();
        assertThat(file.getName()).isEqualTo(process.getId() + ".bpmn");
      }
    }
  }

  @Test
  void aKilledNodesJobsAreRetriedWithinFiveMinutes() {
    // JobLockTimeGuard (JobLockTimeGuardTest) keeps the lock above the Fiks timeouts.
    assertThat(camundaProperties.getJobExecution().getLockTimeInMillis()
        + camundaProperties.getJobExecution().getMaxWait()).isLessThanOrEqualTo(5 * 60 * 1000);
  }
}
