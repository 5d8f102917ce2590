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

  static final String CONFIGURED_BY = "konfigurertAv";

  private final FirstSetupService firstSetup;

  ConfigureServiceCompleteListener(FirstSetupService firstSetup) {
    this.firstSetup = firstSetup;
  }

  @Override
  protected void validate(DelegateTask task) {
    FirstSetupService.Input input = new FirstSetupService.Input(
        TaskVariables.text(task, "svarUtKontoId"), TaskVariables.text(task, "postadressenavn"), TaskVariables.text(task, "postnummer"),
        TaskVariables.text(task, "poststed"), TaskVariables.text(task, "telefon"), task.getVariable("godtarOpprettelse"));
    String user = CompletingUser.of(task);
    MunicipalitySettings saved = firstSetup.complete((String) task.getVariable("kommunenummer"),
        (String) task.getVariable("fiksOrgId"), input, SvarUtKontoOptions.values(offeredAccounts(task)), user);
    task.setVariable("svarUtKontoId", saved.svarUtKontoId());
    task.setVariable("postadressenavn", saved.postAdresse().postadressenavn());
    task.setVariable("postnummer", saved.postAdresse().postnummer());
    task.setVariable("poststed", saved.postAdresse().poststed());
    task.setVariable("telefon", saved.telefon());
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
