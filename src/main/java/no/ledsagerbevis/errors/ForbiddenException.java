package no.ledsagerbevis.errors;

/** The caller is authenticated but lacks the role for this municipality or group. Answers 403. */
public class ForbiddenException extends RuntimeException {

  public ForbiddenException(String melding) {
    super(melding);
  }
}
