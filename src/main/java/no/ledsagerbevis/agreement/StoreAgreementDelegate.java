package no.ledsagerbevis.agreement;

import no.ledsagerbevis.fiks.FiksOrgId;
import no.ledsagerbevis.fiksrejection.FiksRejection;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_StoreAgreement}: the signed tjenestebilag to Fiks dokumentlager; writes {@code dokumentlagerId}.
 * A rejection by Fiks goes to «Rett feilen Fiks meldte» ({@code FIKS_AVVIST}). */
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
    String avtaleId = instance.avtaleId(execution);
    FiksOrgId fiksOrgId = instance.fiksOrgId(execution);
    String dokumentlagerId = FiksRejection.orBpmnError(() -> agreements.store(avtaleId, fiksOrgId));
    execution.setVariable(AgreementSigningProcess.DOKUMENTLAGER_ID, dokumentlagerId);
  }
}
