package no.ledsagerbevis.fiksrejection;

import no.ledsagerbevis.errors.InvalidInputException;
import no.ledsagerbevis.validation.ValidatingCompleteListener;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Completion check of {@code Task_ResolveFiksRejection}: {@code fiksFeilRettet} must be ticked. */
@Component("resolveFiksRejectionCompleteListener")
class ResolveFiksRejectionCompleteListener extends ValidatingCompleteListener {

  @Override
  protected void validate(DelegateTask task) {
    if (!Boolean.TRUE.equals(task.getVariable(FiksRejection.FEIL_RETTET))) {
      throw new InvalidInputException(FiksRejection.FEIL_RETTET, "Rett feilen Fiks meldte, og kryss av for at "
          + "den er rettet, før du fullfører oppgaven. Steget prøves da på nytt.");
    }
  }
}
