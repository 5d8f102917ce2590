package no.ledsagerbevis.access;

/** A user group (avdeling/bydel) of a municipality; its id is also its Camunda group id. */
public record UserGroup(String gruppeId, String kommunenummer, String gruppenavn, String filterId) {
}
