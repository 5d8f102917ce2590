package no.ledsagerbevis.caseletter;

/** Where a case stands; {@code AKTIV}, {@code OPPHORT} and {@code REVOKERT} are KS's certificate statuses. */
public enum CaseStatus {
  /** Created, waiting for the register look-up or the assessment. */
  UNDER_BEHANDLING,
  /** Approved: the certificate is issued and valid. */
  AKTIV,
  /** Refused. */
  AVSLAATT,
  /** Closed without a decision (for example when the person is not in the register). */
  AVSLUTTET,
  OPPHORT,
  REVOKERT
}
