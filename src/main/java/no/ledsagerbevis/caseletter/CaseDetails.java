package no.ledsagerbevis.caseletter;

import java.util.List;
import java.util.Optional;

/** One case with what belongs to it: whether a photo is there, the letter and the history. */
public record CaseDetails(CompanionCase sak, boolean harBilde, Optional<DecisionLetterFile> brev,
    List<CaseEvent> historikk) {
}
