package no.ledsagerbevis.agreement;

import no.ledsagerbevis.fiks.FiksOrgId;
import no.ledsagerbevis.fiksrejection.FiksRejection;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_SendAgreementCopy}: the signed tjenestebilag through SvarUt to the municipality's
 * postmottak; writes {@code svarUtForsendelseId}. A rejection by Fiks goes to «Rett feilen Fiks meldte»
 * ({@code FIKS_AVVIST}).
 */
@Component("sendAgreementCopyDelegate")
class SendAgreementCopyDelegate implements JavaDelegate {

  private final AgreementService agreements;
  private final AgreementOfInstance instance;

  SendAgreementCopyDelegate(AgreementService agreements, AgreementOfInstance instance) {
    this.agreements = agreements;
    this.instance = instance;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String avtaleId = instance.avtaleId(execution);
    FiksOrgId fiksOrgId = instance.fiksOrgId(execution);
    String forsendelseId = FiksRejection.orBpmnError(() -> agreements.sendCopy(avtaleId, fiksOrgId));
    execution.setVariable(AgreementSigningProcess.SVARUT_FORSENDELSE_ID, forsendelseId);
  }
}
