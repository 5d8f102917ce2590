package no.ledsagerbevis.errors;

/** The request is valid but clashes with the current state (a running onboarding, say). Answers 409. */
public class ConflictException extends RuntimeException {

  public ConflictException(String melding) {
    super(melding);
  }
}
