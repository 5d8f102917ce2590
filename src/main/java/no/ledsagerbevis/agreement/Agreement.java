package no.ledsagerbevis.agreement;

import java.time.OffsetDateTime;
import no.ledsagerbevis.letters.AgreementDocument;
import no.ledsagerbevis.letters.AgreementSignature;

/** One tjenestebilag: the unsigned PDF the signer saw, the signature, and where the signed copy went. */
public record Agreement(
    String id,
    String kommunenummer,
    String kommunenavn,
    String organisasjonsnummer,
    String processInstanceId,
    String versjon,
    OffsetDateTime generert,
    byte[] usignertPdf,
    String sha256Usignert,
    AgreementSignature signatur,
    byte[] signertPdf,
    String dokumentlagerId,
    String svarUtForsendelseId,
    OffsetDateTime sendt) {

  public boolean signert() {
    return signatur != null;
  }

  /** The document as the letters module renders it, with the signature when there is one. */
  AgreementDocument document() {
    return new AgreementDocument(kommunenavn, kommunenummer, organisasjonsnummer, versjon, generert, signatur);
  }

  /** The file name used in dokumentlager, SvarUt and downloads. */
  String filnavn() {
    return "tjenestebilag-" + kommunenummer + (signert() ? "-signert" : "") + ".pdf";
  }
}
