package no.ledsagerbevis.configuration;

/** The postal address printed in the footer of letters to citizens (K8). */
public record PostAdresse(String postadressenavn, String postnummer, String poststed) {
}
