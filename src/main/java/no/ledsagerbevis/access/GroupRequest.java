package no.ledsagerbevis.access;

/** Body of creating or renaming a user group. */
public record GroupRequest(String gruppenavn) {
}
