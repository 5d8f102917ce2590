package no.ledsagerbevis.configuration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordSettings} «Registrer innstillinger», synchronous right after «Innstillinger», as its user:
 * saves the contact persons, letter sending and language of the instance's municipality, and takes the
 * contact persons' e-mail addresses out of the engine in the same transaction (they live in our table only).
 */
@Component("recordSettingsDelegate")
class RecordSettingsDelegate implements JavaDelegate {

  static final String KONTAKTPERSONER = ConfigurationProcess.KONTAKTPERSONER;

  private final EnterSettingsService enterSettings;
  private final ConfigurationInstance instance;

  RecordSettingsDelegate(EnterSettingsService enterSettings, ConfigurationInstance instance) {
    this.enterSettings = enterSettings;
    this.instance = instance;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MunicipalitySettings saved = enterSettings.complete(instance.kommunenummer(execution), input(execution),
        CompletingUser.of(execution));
    execution.setVariable(ConfigurationProcess.UTSENDING_BREV, saved.utsendingBrev().name());
    execution.setVariable(ConfigurationProcess.SPRAAK, saved.spraak().name());
    execution.removeVariable(KONTAKTPERSONER);
  }

  static EnterSettingsService.Input input(DelegateExecution execution) {
    return new EnterSettingsService.Input(TaskVariables.text(execution, KONTAKTPERSONER),
        TaskVariables.text(execution, ConfigurationProcess.UTSENDING_BREV), TaskVariables.text(execution, ConfigurationProcess.SPRAAK));
  }
}
