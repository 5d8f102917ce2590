package no.ledsagerbevis.letters;

import java.time.OffsetDateTime;

/**
 * Who signed the tjenestebilag, when, and the SHA-256 (hex) of the unsigned PDF they saw. Printed on
 * the signature page of the signed copy.
 */
public record AgreementSignature(String brukerId, String navn, OffsetDateTime tidspunkt,
    String sha256AvUsignertDokument) {

  public AgreementSignature {
    Require.text(brukerId, "brukerId");
    Require.text(navn, "navn");
    Require.present(tidspunkt, "tidspunkt");
    Require.text(sha256AvUsignertDokument, "sha256AvUsignertDokument");
    if (!sha256AvUsignertDokument.matches("[0-9a-fA-F]{64}")) {
      throw new IllegalArgumentException("sha256AvUsignertDokument must be 64 hex digits");
    }
  }
}
