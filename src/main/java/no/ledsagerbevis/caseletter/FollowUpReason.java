package no.ledsagerbevis.caseletter;

/** Why a case handler must follow the decision letter up ({@code oppfolgingsgrunn} of {@code Task_FollowUpLetter}). */
public enum FollowUpReason {
  /** SvarUt says the letter could not be delivered ({@code IKKE_LEVERT} or {@code AVVIST}). */
  IKKE_LEVERT,
  /** SvarUt gave no final status within {@code ledsagerbevis.caseletter.delivery-max-wait}. */
  INGEN_ENDELIG_STATUS
}
