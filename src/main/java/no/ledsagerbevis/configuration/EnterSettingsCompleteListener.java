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
        TaskVariables.text(task, "kontaktpersoner"),
        TaskVariables.text(task, "utsendingBrev"),
        TaskVariables.text(task, "spraak"));
    MunicipalitySettings saved = enterSettings.complete((String) task.getVariable("kommunenummer"), input,
        CompletingUser.of(task));
    task.setVariable("kontaktpersoner", String.join("\n", saved.kontaktpersoner()));
    task.setVariable("utsendingBrev", saved.utsendingBrev().name());
    task.setVariable("spraak", saved.spraak().name());
  }
}
