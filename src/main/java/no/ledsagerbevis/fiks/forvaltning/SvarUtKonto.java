package no.ledsagerbevis.fiks.forvaltning;

public record SvarUtKonto(String kontoId, String navn, boolean aktiv) {
}
