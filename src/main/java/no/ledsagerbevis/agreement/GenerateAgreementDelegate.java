package no.ledsagerbevis.agreement;

import no.ledsagerbevis.onboarding.Municipality;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_GenerateAgreement}: the municipality's tjenestebilag as PDF; writes {@code avtaleId}. */
@Component("generateAgreementDelegate")
class GenerateAgreementDelegate implements JavaDelegate {

  private final AgreementService agreements;
  private final AgreementOfInstance instance;

  GenerateAgreementDelegate(AgreementService agreements, AgreementOfInstance instance) {
    this.agreements = agreements;
    this.instance = instance;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Municipality municipality = instance.municipality(execution);
    String avtaleId = agreements.generate(execution.getProcessInstanceId(), municipality);
    execution.setVariable(AgreementSigningProcess.AVTALE_ID, avtaleId);
  }
}
