package no.ledsagerbevis.configuration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Base of the three creation tasks: create or reuse one Fiks resource and put its id into the variable
 * named after it ({@code registerRolleId}, {@code dokumentlagerKontoId}, {@code varslingKontoId}).
 */
abstract class CreateFiksResourceDelegate implements JavaDelegate {

  private final FiksResourceService resources;
  private final FiksResourceType type;

  CreateFiksResourceDelegate(FiksResourceService resources, FiksResourceType type) {
    this.resources = resources;
    this.type = type;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String kommunenummer = (String) execution.getVariable(ConfigurationProcess.KOMMUNENUMMER);
    String fiksOrgId = (String) execution.getVariable(ConfigurationProcess.FIKS_ORG_ID);
    Object konfigurertAv = execution.getVariable(ConfigureServiceCompleteListener.CONFIGURED_BY);
    String id = resources.createOrReuse(kommunenummer, fiksOrgId, type,
        konfigurertAv == null ? CompletingUser.UNKNOWN : konfigurertAv.toString());
    execution.setVariable(type.felt(), id);
  }
}
