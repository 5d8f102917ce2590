package no.ledsagerbevis.configuration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * «Første gangs oppsett» as submitted: read from the instance's form fields, for the municipality of its
 * tenant, checked against the accounts the form offered; checked by the completion listener, saved by
 * {@code Task_RecordFirstSetup}.
 */
@Component
class FirstSetupForm {

  private final FirstSetupService firstSetup;
  private final ConfigurationInstance instance;

  FirstSetupForm(FirstSetupService firstSetup, ConfigurationInstance instance) {
    this.firstSetup = firstSetup;
    this.instance = instance;
  }

  void check(DelegateExecution execution) {
    firstSetup.check(instance.kommunenummer(execution), input(execution), SvarUtKontoOptions.values(offeredAccounts(execution)));
  }

  MunicipalitySettings save(DelegateExecution execution, String endretAv) {
    String kommunenummer = instance.kommunenummer(execution);
    return firstSetup.complete(kommunenummer, instance.fiksOrgId(kommunenummer), input(execution),
        SvarUtKontoOptions.values(offeredAccounts(execution)), endretAv);
  }

  private static FirstSetupService.Input input(DelegateExecution execution) {
    return new FirstSetupService.Input(TaskVariables.text(execution, ConfigurationProcess.SVARUT_KONTO_ID),
        TaskVariables.text(execution, ConfigurationProcess.POSTADRESSENAVN), TaskVariables.text(execution, ConfigurationProcess.POSTNUMMER),
        TaskVariables.text(execution, ConfigurationProcess.POSTSTED), TaskVariables.text(execution, ConfigurationProcess.TELEFON),
        execution.getVariable(ConfigurationProcess.GODTAR_OPPRETTELSE));
  }

  private static String offeredAccounts(DelegateExecution execution) {
    TypedValue value = execution.getVariableTyped(SvarUtKontoOptions.VARIABLE, false);
    if (value instanceof SerializableValue serializable) {
      return serializable.getValueSerialized();
    }
    return value == null || value.getValue() == null ? null : value.getValue().toString();
  }
}
