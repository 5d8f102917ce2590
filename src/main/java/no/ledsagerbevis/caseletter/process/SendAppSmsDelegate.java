package no.ledsagerbevis.caseletter.process;

import no.ledsagerbevis.caseletter.AppSmsService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_SendAppSms}. */
@Component
public class SendAppSmsDelegate implements JavaDelegate {

  private final CaseOfInstance caseOfInstance;
  private final AppSmsService sms;

  SendAppSmsDelegate(CaseOfInstance caseOfInstance, AppSmsService sms) {
    this.caseOfInstance = caseOfInstance;
    this.sms = sms;
  }

  @Override
  public void execute(DelegateExecution execution) {
    sms.send(caseOfInstance.of(execution));
  }
}
