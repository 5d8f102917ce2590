package no.ledsagerbevis.agreement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordSignature} «Registrer signatur», synchronous right after «Signer tjenestebilag»: the user who
 * completed it signs this instance's agreement (known only now: later steps run without a user).
 */
@Component("recordSignatureDelegate")
class RecordSignatureDelegate implements JavaDelegate {

  private final AgreementService agreements;
  private final AgreementOfInstance instance;

  RecordSignatureDelegate(AgreementService agreements, AgreementOfInstance instance) {
    this.agreements = agreements;
    this.instance = instance;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Authentication signer = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (signer == null || signer.getUserId() == null) {
      throw new IllegalStateException("A signature is recorded in the transaction of its signer's completion");
    }
    agreements.sign(instance.avtaleId(execution), signer.getUserId());
  }
}
