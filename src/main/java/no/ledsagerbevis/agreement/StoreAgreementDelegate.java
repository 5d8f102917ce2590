package no.ledsagerbevis.agreement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_StoreAgreement}: the signed tjenestebilag to Fiks dokumentlager; writes {@code dokumentlagerId}. */
@Component("storeAgreementDelegate")
class StoreAgreementDelegate implements JavaDelegate {

  private final AgreementService agreements;

  StoreAgreementDelegate(AgreementService agreements) {
    this.agreements = agreements;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String dokumentlagerId = agreements.store((String) execution.getVariable(AgreementSigningProcess.AVTALE_ID),
        (String) execution.getVariable(AgreementSigningProcess.FIKS_ORG_ID));
    execution.setVariable(AgreementSigningProcess.DOKUMENTLAGER_ID, dokumentlagerId);
  }
}
