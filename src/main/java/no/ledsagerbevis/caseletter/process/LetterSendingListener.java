package no.ledsagerbevis.caseletter.process;

import no.ledsagerbevis.access.InstanceMunicipality;
import no.ledsagerbevis.caseletter.MunicipalityAccounts;
import no.ledsagerbevis.caseletter.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of {@code Gateway_LetterSending}: reads the municipality's current {@code utsendingBrev}
 * (K12) into the variable the gateway's conditions test, so a changed setting applies to the next decision.
 */
@Component
public class LetterSendingListener implements ExecutionListener {

  private final MunicipalityAccounts municipalities;

  LetterSendingListener(MunicipalityAccounts municipalities) {
    this.municipalities = municipalities;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String kommunenummer = InstanceMunicipality.kommunenummer(execution);
    execution.setVariable(ProcessVariables.UTSENDING_BREV, municipalities.settings(kommunenummer).utsendingBrev().name());
  }
}
