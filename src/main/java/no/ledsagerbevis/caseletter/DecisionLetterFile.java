package no.ledsagerbevis.caseletter;

import java.time.OffsetDateTime;

/**
 * A stored decision letter without its PDF ({@link LetterRepository#pdf}): once sent, the SvarUt account,
 * forsendelse id and last status.
 */
public record DecisionLetterFile(String filnavn, OffsetDateTime laget, String svarUtKontoId, String forsendelseId,
    String status, OffsetDateTime statusEndret) {
}
