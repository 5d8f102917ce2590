package no.ledsagerbevis.configuration;

import no.ledsagerbevis.fiks.FiksOrgId;
import no.ledsagerbevis.fiksrejection.FiksRejection;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Base of the three creation tasks: create or reuse one Fiks resource and put its id into the variable
 * named after it ({@code registerRolleId}, {@code dokumentlagerKontoId}, {@code varslingKontoId}). A rejection
 * by Fiks takes the task's {@code FIKS_AVVIST} boundary event to «Rett feilen Fiks meldte».
 */
abstract class CreateFiksResourceDelegate implements JavaDelegate {

  private final FiksResourceService resources;
  private final FiksResourceType type;
  private final ConfigurationInstance instance;

  CreateFiksResourceDelegate(FiksResourceService resources, FiksResourceType type, ConfigurationInstance instance) {
    this.resources = resources;
    this.type = type;
    this.instance = instance;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String kommunenummer = instance.kommunenummer(execution);
    FiksOrgId fiksOrgId = instance.fiksOrgId(kommunenummer);
    Object konfigurertAv = execution.getVariable(ConfigurationProcess.KONFIGURERT_AV);
    String id = FiksRejection.orBpmnError(() -> resources.createOrReuse(kommunenummer, fiksOrgId, type,
        konfigurertAv == null ? CompletingUser.UNKNOWN : konfigurertAv.toString()));
    execution.setVariable(type.felt(), id);
  }
}
