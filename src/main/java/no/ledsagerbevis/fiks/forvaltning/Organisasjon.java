package no.ledsagerbevis.fiks.forvaltning;

public record Organisasjon(String fiksOrgId, String organisasjonsnummer, String navn, String kommunenummer) {
}
