package no.ledsagerbevis.caseletter;

import java.time.OffsetDateTime;

/** A stored decision letter: the PDF, and once sent, the SvarUt account, forsendelse id and last status. */
public record DecisionLetterFile(String filnavn, byte[] pdf, OffsetDateTime laget, String svarUtKontoId,
    String forsendelseId, String status, OffsetDateTime statusEndret) {

  @Override
  public String toString() {
    return "DecisionLetterFile[" + filnavn + ", forsendelseId=" + forsendelseId + ", status=" + status + "]";
  }
}
