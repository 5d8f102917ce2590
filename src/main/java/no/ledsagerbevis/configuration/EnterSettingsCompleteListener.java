package no.ledsagerbevis.configuration;

import no.ledsagerbevis.validation.ValidatingCompleteListener;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Completion check of Task_EnterSettings: repeats the form's rules; {@code Task_RecordSettings} saves. */
@Component("enterSettingsCompleteListener")
class EnterSettingsCompleteListener extends ValidatingCompleteListener {

  private final EnterSettingsService enterSettings;
  private final ConfigurationInstance instance;

  EnterSettingsCompleteListener(EnterSettingsService enterSettings, ConfigurationInstance instance) {
    this.enterSettings = enterSettings;
    this.instance = instance;
  }

  @Override
  protected void validate(DelegateTask task) {
    enterSettings.check(instance.kommunenummer(task.getExecution()), RecordSettingsDelegate.input(task.getExecution()));
  }
}
