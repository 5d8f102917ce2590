package no.ledsagerbevis.fiks.forvaltning;

public record RessursOversikt(Ressurs rolle, Ressurs dokumentlagerKonto, Ressurs varslingKonto) {
}
