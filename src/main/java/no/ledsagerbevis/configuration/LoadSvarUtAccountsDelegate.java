package no.ledsagerbevis.configuration;

import no.ledsagerbevis.fiks.FiksOrgId;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_LoadSvarUtAccounts: the municipality's active SvarUt accounts into {@code svarUtKontoer}, and the
 * current settings into the form fields when the municipality was configured before.
 */
@Component("loadSvarUtAccountsDelegate")
class LoadSvarUtAccountsDelegate implements JavaDelegate {

  static final String NO_ACTIVE_ACCOUNT = ConfigurationProcess.ERROR_NO_ACTIVE_SVARUT_ACCOUNT;

  private final ConfigurationFormData formData;
  private final ConfigurationInstance instance;

  LoadSvarUtAccountsDelegate(ConfigurationFormData formData, ConfigurationInstance instance) {
    this.formData = formData;
    this.instance = instance;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String kommunenummer = instance.kommunenummer(execution);
    FiksOrgId fiksOrgId = instance.fiksOrgId(kommunenummer);
    try {
      execution.setVariables(formData.variables(kommunenummer, fiksOrgId));
    } catch (ConfigurationFormData.NoActiveSvarUtAccount e) {
      throw new BpmnError(NO_ACTIVE_ACCOUNT, e.getMessage());
    }
  }
}
