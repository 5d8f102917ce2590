package no.ledsagerbevis.errors;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Collects every broken rule of one request before anything is written, then throws them together. */
public final class FieldErrors {

  private final List<InvalidInputException.FieldError> errors = new ArrayList<>();

  public void add(String felt, String melding) {
    errors.add(new InvalidInputException.FieldError(felt, melding));
  }

  /** Runs one parse or check; an {@link InvalidInputException} it throws is kept instead of thrown. */
  public <T> T check(Supplier<T> parse) {
    try {
      return parse.get();
    } catch (InvalidInputException e) {
      errors.addAll(e.errors());
      return null;
    }
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}
