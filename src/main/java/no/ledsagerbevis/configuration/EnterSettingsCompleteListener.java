package no.ledsagerbevis.configuration;

import no.ledsagerbevis.validation.ValidatingCompleteListener;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Completion of Task_EnterSettings: repeats the form's rules and saves contact persons, letter sending and language. */
@Component("enterSettingsCompleteListener")
class EnterSettingsCompleteListener extends ValidatingCompleteListener {

  private final EnterSettingsService enterSettings;

  EnterSettingsCompleteListener(EnterSettingsService enterSettings) {
    this.enterSettings = enterSettings;
  }

  @Override
  protected void validate(DelegateTask task) {
    EnterSettingsService.Input input = new EnterSettingsService.Input(
        TaskVariables.text(task, ConfigurationProcess.KONTAKTPERSONER),
        TaskVariables.text(task, ConfigurationProcess.UTSENDING_BREV),
        TaskVariables.text(task, ConfigurationProcess.SPRAAK));
    MunicipalitySettings saved = enterSettings.complete((String) task.getVariable(ConfigurationProcess.KOMMUNENUMMER), input,
        CompletingUser.of(task));
    task.setVariable(ConfigurationProcess.KONTAKTPERSONER, String.join("\n", saved.kontaktpersoner()));
    task.setVariable(ConfigurationProcess.UTSENDING_BREV, saved.utsendingBrev().name());
    task.setVariable(ConfigurationProcess.SPRAAK, saved.spraak().name());
  }
}
