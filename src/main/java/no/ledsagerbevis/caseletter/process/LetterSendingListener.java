package no.ledsagerbevis.caseletter.process;

import no.ledsagerbevis.access.InstanceMunicipality;
import no.ledsagerbevis.caseletter.ProcessVariables;
import no.ledsagerbevis.configuration.MunicipalitySettingsService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of {@code Gateway_LetterSending}: reads the municipality's current {@code utsendingBrev}
 * (S12) into the variable the gateway's conditions test, so a changed setting applies to the next decision.
 */
@Component
public class LetterSendingListener implements ExecutionListener {

  private final MunicipalitySettingsService settings;

  LetterSendingListener(MunicipalitySettingsService settings) {
    this.settings = settings;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String kommunenummer = InstanceMunicipality.kommunenummer(execution);
    execution.setVariable(ProcessVariables.UTSENDING_BREV, settings.get(kommunenummer).utsendingBrev().name());
  }
}
