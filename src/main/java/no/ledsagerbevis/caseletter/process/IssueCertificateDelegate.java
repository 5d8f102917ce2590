package no.ledsagerbevis.caseletter.process;

import no.ledsagerbevis.caseletter.CertificateService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_IssueCertificate}. */
@Component
public class IssueCertificateDelegate implements JavaDelegate {

  private final CertificateService certificates;

  IssueCertificateDelegate(CertificateService certificates) {
    this.certificates = certificates;
  }

  @Override
  public void execute(DelegateExecution execution) {
    certificates.issue(execution.getProcessBusinessKey());
  }
}
