package no.ledsagerbevis.caseletter;

/** What the tracking loop does next: wait and poll again, end, or hand the letter to a case handler. */
public enum DeliveryStatus {
  VENTER, LEVERT, IKKE_LEVERT
}
