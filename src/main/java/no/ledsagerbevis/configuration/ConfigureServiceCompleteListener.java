package no.ledsagerbevis.configuration;

import no.ledsagerbevis.validation.ValidatingCompleteListener;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * Completion of Task_ConfigureService: repeats the form's rules, saves the first setup and passes the
 * administrator on as {@code konfigurertAv} to the creation tasks that run after an async continuation.
 */
@Component("configureServiceCompleteListener")
class ConfigureServiceCompleteListener extends ValidatingCompleteListener {

  static final String CONFIGURED_BY = ConfigurationProcess.KONFIGURERT_AV;

  private final FirstSetupService firstSetup;

  ConfigureServiceCompleteListener(FirstSetupService firstSetup) {
    this.firstSetup = firstSetup;
  }

  @Override
  protected void validate(DelegateTask task) {
    FirstSetupService.Input input = new FirstSetupService.Input(
        TaskVariables.text(task, ConfigurationProcess.SVARUT_KONTO_ID), TaskVariables.text(task, ConfigurationProcess.POSTADRESSENAVN), TaskVariables.text(task, ConfigurationProcess.POSTNUMMER),
        TaskVariables.text(task, ConfigurationProcess.POSTSTED), TaskVariables.text(task, ConfigurationProcess.TELEFON), task.getVariable(ConfigurationProcess.GODTAR_OPPRETTELSE));
    String user = CompletingUser.of(task);
    MunicipalitySettings saved = firstSetup.complete((String) task.getVariable(ConfigurationProcess.KOMMUNENUMMER),
        (String) task.getVariable(ConfigurationProcess.FIKS_ORG_ID), input, SvarUtKontoOptions.values(offeredAccounts(task)), user);
    task.setVariable(ConfigurationProcess.SVARUT_KONTO_ID, saved.svarUtKontoId());
    task.setVariable(ConfigurationProcess.POSTADRESSENAVN, saved.postAdresse().postadressenavn());
    task.setVariable(ConfigurationProcess.POSTNUMMER, saved.postAdresse().postnummer());
    task.setVariable(ConfigurationProcess.POSTSTED, saved.postAdresse().poststed());
    task.setVariable(ConfigurationProcess.TELEFON, saved.telefon());
    task.setVariable(CONFIGURED_BY, user);
  }

  private static String offeredAccounts(DelegateTask task) {
    TypedValue value = task.getVariableTyped(SvarUtKontoOptions.VARIABLE, false);
    if (value instanceof SerializableValue serializable) {
      return serializable.getValueSerialized();
    }
    return value == null || value.getValue() == null ? null : value.getValue().toString();
  }
}
