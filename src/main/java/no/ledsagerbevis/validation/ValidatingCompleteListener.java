package no.ledsagerbevis.validation;

import no.ledsagerbevis.errors.InvalidInputException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Base of the `complete` task listeners that repeat a form's rules on the server. A broken rule stops
 * the completion with the Norwegian message: Tasklist shows it on the form, engine-rest answers 400.
 */
public abstract class ValidatingCompleteListener implements TaskListener {

  @Override
  public final void notify(DelegateTask task) {
    try {
      validate(task);
    } catch (InvalidInputException e) {
      throw new BadUserRequestException(e.getMessage());
    }
  }

  /** Throws {@link InvalidInputException} with every broken rule; may write normalised variables back. */
  protected abstract void validate(DelegateTask task);
}
