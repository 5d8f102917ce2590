package no.ledsagerbevis.onboarding;

import java.util.List;
import no.ledsagerbevis.access.InstanceMunicipality;
import no.ledsagerbevis.fiks.forvaltning.FiksTjeneste;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_CheckPrerequisites}: which Fiks services the municipality still has to activate. */
@Component("checkPrerequisitesDelegate")
class CheckPrerequisitesDelegate implements JavaDelegate {

  private final Prerequisites prerequisites;
  private final MunicipalityRegistry registry;

  CheckPrerequisitesDelegate(Prerequisites prerequisites, MunicipalityRegistry registry) {
    this.prerequisites = prerequisites;
    this.registry = registry;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<FiksTjeneste> missing = prerequisites.missingServices(
        registry.find(InstanceMunicipality.kommunenummer(execution)).orElseThrow().fiksOrgId());
    execution.setVariable(OnboardingProcess.TJENESTER_MANGLER, !missing.isEmpty());
    execution.setVariable(OnboardingProcess.MANGLENDE_TJENESTER_TEKST, Prerequisites.describe(missing));
  }
}
