package no.ledsagerbevis.caseletter.process;

import no.ledsagerbevis.caseletter.CertificateService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_IssueCertificate}. */
@Component
public class IssueCertificateDelegate implements JavaDelegate {

  private final CaseOfInstance caseOfInstance;
  private final CertificateService certificates;

  IssueCertificateDelegate(CaseOfInstance caseOfInstance, CertificateService certificates) {
    this.caseOfInstance = caseOfInstance;
    this.certificates = certificates;
  }

  @Override
  public void execute(DelegateExecution execution) {
    certificates.issue(caseOfInstance.of(execution));
  }
}
