package no.ledsagerbevis.caseletter;

import java.util.List;

/** One page of a search, newest first. */
public record CasePage(List<CompanionCase> saker, int side, int antallPerSide, long totaltAntall) {
}
