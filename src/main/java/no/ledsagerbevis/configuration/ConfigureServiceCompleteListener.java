package no.ledsagerbevis.configuration;

import no.ledsagerbevis.validation.ValidatingCompleteListener;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Completion check of Task_ConfigureService: repeats the form's rules; {@code Task_RecordFirstSetup} saves. */
@Component("configureServiceCompleteListener")
class ConfigureServiceCompleteListener extends ValidatingCompleteListener {

  private final FirstSetupForm form;

  ConfigureServiceCompleteListener(FirstSetupForm form) {
    this.form = form;
  }

  @Override
  protected void validate(DelegateTask task) {
    form.check(task.getExecution());
  }
}
