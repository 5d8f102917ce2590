package no.ledsagerbevis.caseletter;

/** Why a case's personal data was deleted. */
public enum ErasureReason {
  /** The retention period after the case was closed, or after the certificate expired, has run out. */
  OPPBEVARINGSTID_UTLOPT,
  /** A service administrator of the municipality deleted the case. */
  SLETTET_AV_ADMINISTRATOR
}
