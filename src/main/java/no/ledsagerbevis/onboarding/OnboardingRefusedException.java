package no.ledsagerbevis.onboarding;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * An onboarding start refused by the start listener. As a {@link BadUserRequestException} it reaches
 * Tasklist's start form (engine-rest answers 400 with the Norwegian message); our own API unwraps the
 * cause to answer 400 or 409 as usual.
 */
class OnboardingRefusedException extends BadUserRequestException {

  OnboardingRefusedException(RuntimeException cause) {
    super(cause.getMessage(), cause);
  }

  RuntimeException reason() {
    return (RuntimeException) getCause();
  }
}
