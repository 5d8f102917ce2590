package no.ledsagerbevis.access;

/** One user in one group; {@code administrator} marks the municipality's administrator group. */
record Membership(String gruppeId, String brukernavn, String kommunenummer, boolean administrator) {
}
