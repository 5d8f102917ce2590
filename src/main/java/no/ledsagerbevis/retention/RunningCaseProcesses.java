package no.ledsagerbevis.retention;

import java.util.Set;
import java.util.stream.Collectors;
import no.ledsagerbevis.caseletter.ProcessVariables;
import no.ledsagerbevis.identity.AsSystem;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/** Which cases still have a running decision-letter process (business key = saksId): those are not closed. */
@Component
class RunningCaseProcesses {

  private final RuntimeService runtimeService;
  private final AsSystem asSystem;

  RunningCaseProcesses(RuntimeService runtimeService, AsSystem asSystem) {
    this.runtimeService = runtimeService;
    this.asSystem = asSystem;
  }

  boolean isRunning(String saksId) {
    return asSystem.call(() -> runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(ProcessVariables.PROCESS_KEY).processInstanceBusinessKey(saksId).count()) > 0;
  }

  Set<String> saksIds() {
    return asSystem.call(() -> runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(ProcessVariables.PROCESS_KEY).list().stream()
        .map(ProcessInstance::getBusinessKey).collect(Collectors.toSet()));
  }
}
