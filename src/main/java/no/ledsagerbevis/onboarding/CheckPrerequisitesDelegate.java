package no.ledsagerbevis.onboarding;

import java.util.List;
import no.ledsagerbevis.fiks.forvaltning.FiksTjeneste;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_CheckPrerequisites}: which Fiks services the municipality still has to activate. */
@Component("checkPrerequisitesDelegate")
class CheckPrerequisitesDelegate implements JavaDelegate {

  private final Prerequisites prerequisites;

  CheckPrerequisitesDelegate(Prerequisites prerequisites) {
    this.prerequisites = prerequisites;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<FiksTjeneste> missing = prerequisites.missingServices((String) execution.getVariable("fiksOrgId"));
    execution.setVariable("manglendeTjenester", Prerequisites.toJson(missing));
    execution.setVariable("manglendeTjenesterTekst", Prerequisites.describe(missing));
  }
}
