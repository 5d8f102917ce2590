package no.ledsagerbevis.errors;

/** The thing asked for does not exist, or the caller may not know that it does. Answers 404. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String melding) {
    super(melding);
  }
}
