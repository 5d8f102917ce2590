package no.ledsagerbevis.access;

import org.camunda.bpm.engine.RuntimeService;

/** Counts running decision-letter instances whose variable {@code gruppeId} is the group. */
class ProcessInstanceOpenCaseCounter implements OpenCaseCounter {

  private final RuntimeService runtimeService;

  ProcessInstanceOpenCaseCounter(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @Override
  public long openCases(String gruppeId) {
    return runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(AuthorizationSetup.CASE_PROCESS_KEY)
        .variableValueEquals("gruppeId", gruppeId)
        .count();
  }
}
