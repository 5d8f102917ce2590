package no.ledsagerbevis.agreement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_GenerateAgreement}: the municipality's tjenestebilag as PDF; writes {@code avtaleId}. */
@Component("generateAgreementDelegate")
class GenerateAgreementDelegate implements JavaDelegate {

  private final AgreementService agreements;

  GenerateAgreementDelegate(AgreementService agreements) {
    this.agreements = agreements;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String avtaleId = agreements.generate(execution.getProcessInstanceId(),
        (String) execution.getVariable(AgreementSigningProcess.KOMMUNENUMMER), (String) execution.getVariable(AgreementSigningProcess.KOMMUNENAVN),
        (String) execution.getVariable(AgreementSigningProcess.ORGANISASJONSNUMMER));
    execution.setVariable(AgreementSigningProcess.AVTALE_ID, avtaleId);
  }
}
