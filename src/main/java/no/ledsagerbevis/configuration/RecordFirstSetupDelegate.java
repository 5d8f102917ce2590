package no.ledsagerbevis.configuration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordFirstSetup} «Registrer oppsett», synchronous right after «Første gangs oppsett», as its user:
 * saves the SvarUt account, postal address and phone of the instance's municipality, writes the normalised
 * values back to the form fields, and passes the administrator on as {@code konfigurertAv} to the creation
 * tasks that run after an async continuation.
 */
@Component("recordFirstSetupDelegate")
class RecordFirstSetupDelegate implements JavaDelegate {

  static final String CONFIGURED_BY = ConfigurationProcess.KONFIGURERT_AV;

  private final FirstSetupForm form;

  RecordFirstSetupDelegate(FirstSetupForm form) {
    this.form = form;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String user = CompletingUser.of(execution);
    MunicipalitySettings saved = form.save(execution, user);
    execution.setVariable(ConfigurationProcess.SVARUT_KONTO_ID, saved.svarUtKontoId());
    execution.setVariable(ConfigurationProcess.POSTADRESSENAVN, saved.postAdresse().postadressenavn());
    execution.setVariable(ConfigurationProcess.POSTNUMMER, saved.postAdresse().postnummer());
    execution.setVariable(ConfigurationProcess.POSTSTED, saved.postAdresse().poststed());
    execution.setVariable(ConfigurationProcess.TELEFON, saved.telefon());
    execution.setVariable(CONFIGURED_BY, user);
  }
}
