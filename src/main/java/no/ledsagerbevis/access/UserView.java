package no.ledsagerbevis.access;

/** A member as the API shows it. */
public record UserView(String brukernavn, String navn) {
}
