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

  SendAgreementCopyDelegate(AgreementService agreements) {
    this.agreements = agreements;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String forsendelseId = agreements.sendCopy((String) execution.getVariable(AgreementSigningProcess.AVTALE_ID),
        (String) execution.getVariable(AgreementSigningProcess.FIKS_ORG_ID));
    execution.setVariable(AgreementSigningProcess.SVARUT_FORSENDELSE_ID, forsendelseId);
  }
}
