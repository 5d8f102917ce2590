package no.ledsagerbevis.configuration;

import java.util.List;
import no.ledsagerbevis.fiks.forvaltning.SvarUtKonto;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** Task_LoadSvarUtAccounts: the municipality's active SvarUt accounts into {@code svarUtKontoer}. */
@Component("loadSvarUtAccountsDelegate")
class LoadSvarUtAccountsDelegate implements JavaDelegate {

  static final String NO_ACTIVE_ACCOUNT = "INGEN_AKTIV_SVARUT_KONTO";

  private final SvarUtAccounts svarUtAccounts;

  LoadSvarUtAccountsDelegate(SvarUtAccounts svarUtAccounts) {
    this.svarUtAccounts = svarUtAccounts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String fiksOrgId = (String) execution.getVariable("fiksOrgId");
    List<SvarUtKonto> kontoer = svarUtAccounts.active(fiksOrgId);
    if (kontoer.isEmpty()) {
      throw new BpmnError(NO_ACTIVE_ACCOUNT, "Kommunen har ingen aktiv SvarUt-konto.");
    }
    execution.setVariable(SvarUtKontoOptions.VARIABLE,
        SpinValues.jsonValue(SvarUtKontoOptions.toJson(kontoer)).create());
  }
}
