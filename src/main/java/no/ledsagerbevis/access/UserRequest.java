package no.ledsagerbevis.access;

/**
 * A user to add to a group: {@code navn} and {@code passord} create the user's login and are only
 * given for a new user; an existing user (Pål in a second group) is added by {@code brukernavn} alone.
 * {@link #toString()} hides name and password: Spring logs request bodies at debug level.
 */
public record UserRequest(String brukernavn, String navn, String passord) {

  @Override
  public String toString() {
    return "UserRequest[brukernavn=" + brukernavn + ", navn=***, passord=***]";
  }
}
