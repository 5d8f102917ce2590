package no.ledsagerbevis.access;

/** A member as the API shows it; {@link #toString()} hides the name (Spring logs response bodies at debug level). */
public record UserView(String brukernavn, String navn) {

  @Override
  public String toString() {
    return "UserView[brukernavn=" + brukernavn + ", navn=***]";
  }
}
