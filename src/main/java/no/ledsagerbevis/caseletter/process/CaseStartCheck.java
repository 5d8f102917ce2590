package no.ledsagerbevis.caseletter.process;

import no.ledsagerbevis.access.AccessIds;
import no.ledsagerbevis.caseletter.CaseRepository;
import no.ledsagerbevis.caseletter.CaseStatus;
import no.ledsagerbevis.caseletter.CompanionCase;
import no.ledsagerbevis.caseletter.ProcessVariables;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of the process: an instance belongs to exactly one stored case, named by its business key,
 * in that case's municipality (tenant). A start with a key that names no case of the municipality, a second
 * instance for the same case, or a new instance for a case that is already decided or closed, is refused.
 * Users cannot start the process at all (no CREATE_INSTANCE); the case API starts it as the application.
 */
@Component
public class CaseStartCheck implements ExecutionListener {

  private final CaseRepository cases;

  CaseStartCheck(CaseRepository cases) {
    this.cases = cases;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    CompanionCase sak = businessKey == null ? null : cases.find(businessKey).orElse(null);
    if (sak == null || !AccessIds.tenantId(sak.kommunenummer()).equals(execution.getTenantId())) {
      throw new BadUserRequestException("Saker opprettes gjennom saks-API-et (POST /api/v1/kommuner/{kommunenummer}"
          + "/grupper/{gruppeId}/saker), ikke ved å starte prosessen direkte.");
    }
    if (sak.status() != CaseStatus.UNDER_BEHANDLING || sak.vedtak() != null) {
      throw new BadUserRequestException("Saken " + businessKey + " er allerede ferdig behandlet og kan ikke startes på nytt.");
    }
    long running = execution.getProcessEngineServices().getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ProcessVariables.PROCESS_KEY).processInstanceBusinessKey(businessKey).count();
    if (running > 0) {
      throw new BadUserRequestException("Saken " + businessKey + " er allerede under behandling.");
    }
  }
}
