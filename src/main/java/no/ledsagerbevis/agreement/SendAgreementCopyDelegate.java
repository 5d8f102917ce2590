package no.ledsagerbevis.agreement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_SendAgreementCopy}: the signed tjenestebilag through SvarUt to the municipality's
 * postmottak; writes {@code svarUtForsendelseId}.
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
    String forsendelseId = agreements.sendCopy(instance.avtaleId(execution),
        instance.municipality(execution).fiksOrgId());
    execution.setVariable(AgreementSigningProcess.SVARUT_FORSENDELSE_ID, forsendelseId);
  }
}
