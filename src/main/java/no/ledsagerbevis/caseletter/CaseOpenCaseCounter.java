package no.ledsagerbevis.caseletter;

import java.util.HashSet;
import java.util.Set;
import no.ledsagerbevis.access.OpenCaseCounter;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Tells access whether a user group still has open cases (then it cannot be deleted): cases under
 * assessment, and cases whose process still runs (a letter being tracked or followed up).
 */
@Component
public class CaseOpenCaseCounter implements OpenCaseCounter {

  private final CaseRepository cases;
  private final RuntimeService runtimeService;

  CaseOpenCaseCounter(CaseRepository cases, RuntimeService runtimeService) {
    this.cases = cases;
    this.runtimeService = runtimeService;
  }

  @Override
  public long openCases(String gruppeId) {
    Set<String> open = new HashSet<>(cases.openCaseIds(gruppeId));
    runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(ProcessVariables.PROCESS_KEY)
        .variableValueEquals(ProcessVariables.GRUPPE_ID, gruppeId)
        .list().stream()
        .map(ProcessInstance::getBusinessKey)
        .forEach(open::add);
    return open.size();
  }
}
