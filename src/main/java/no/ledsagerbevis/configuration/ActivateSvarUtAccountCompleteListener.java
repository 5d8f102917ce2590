package no.ledsagerbevis.configuration;

import no.ledsagerbevis.errors.InvalidInputException;
import no.ledsagerbevis.validation.ValidatingCompleteListener;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Completion of Task_ActivateSvarUtAccount: the administrator must confirm that an active account now exists. */
@Component("activateSvarUtAccountCompleteListener")
class ActivateSvarUtAccountCompleteListener extends ValidatingCompleteListener {

  static final String CONFIRMED = ConfigurationProcess.SVARUT_KONTO_AKTIVERT;

  @Override
  protected void validate(DelegateTask task) {
    if (!"true".equals(TaskVariables.text(task, CONFIRMED))) {
      throw new InvalidInputException(CONFIRMED, "Bekreft at kommunen har en aktiv SvarUt-konto for tjenesten "
          + "før du fullfører oppgaven. Kontoene hentes på nytt fra Fiks når du fullfører.");
    }
  }
}
