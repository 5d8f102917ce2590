package no.ledsagerbevis.errors;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that breaks a business rule. Carries one Norwegian, user-facing message per field; the API
 * answers 400 problem+json and a task completion is refused with the same text.
 */
public class InvalidInputException extends RuntimeException {

  private final List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super(errors.stream().map(FieldError::melding).collect(Collectors.joining(" ")));
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("An InvalidInputException needs at least one error");
    }
    this.errors = List.copyOf(errors);
  }

  public InvalidInputException(String felt, String melding) {
    this(List.of(new FieldError(felt, melding)));
  }

  public List<FieldError> errors() {
    return errors;
  }

  /** One broken rule: the field (as named in the API or the form) and what is wrong, in Norwegian. */
  public record FieldError(String felt, String melding) {
  }
}
