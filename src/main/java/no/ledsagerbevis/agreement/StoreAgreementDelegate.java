package no.ledsagerbevis.agreement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_StoreAgreement}: the signed tjenestebilag to Fiks dokumentlager; writes {@code dokumentlagerId}. */
@Component("storeAgreementDelegate")
class StoreAgreementDelegate implements JavaDelegate {

  private final AgreementService agreements;
  private final AgreementOfInstance instance;

  StoreAgreementDelegate(AgreementService agreements, AgreementOfInstance instance) {
    this.agreements = agreements;
    this.instance = instance;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String dokumentlagerId = agreements.store(instance.avtaleId(execution),
        instance.municipality(execution).fiksOrgId());
    execution.setVariable(AgreementSigningProcess.DOKUMENTLAGER_ID, dokumentlagerId);
  }
}
