package no.ledsagerbevis.access;

import java.util.Optional;

/**
 * Where users and their logins live. The embedded implementation keeps them in Camunda's identity
 * service with a password; with an external identity provider (LDAP, OIDC) an implementation would
 * only look users up there, and {@link #create} would refuse passwords.
 */
public interface UserLogins {

  boolean exists(String brukernavn);

  /** The user's display name, if the user exists. */
  Optional<String> navn(String brukernavn);

  /** The name to print for a user (a signer, a case handler): the display name, else the user name. */
  default String visningsnavn(String brukernavn) {
    return navn(brukernavn).filter(navn -> !navn.isBlank()).orElse(brukernavn);
  }

  /**
   * Throws {@link no.ledsagerbevis.errors.InvalidInputException} for {@code felt} naming every rule of the
   * password policy when {@code passord} breaks one of them.
   */
  void requirePolicyCompliant(String felt, String brukernavn, String navn, String passord);

  /** Creates the login; {@code passwordPolicy} false only for the demo profile's example users. */
  void create(String brukernavn, String navn, String passord, boolean passwordPolicy);

  /** Whether the password is the user's (a wrong one counts as a failed login). */
  boolean checkPassword(String brukernavn, String passord);

  /** Sets a new password, under the password policy. */
  void changePassword(String brukernavn, String passord);

  /** Removes the login; the user's case data is untouched. */
  void delete(String brukernavn);

  /** Members of {@code camunda-admin} are operators of the whole service, not managed per municipality. */
  boolean isOperator(String brukernavn);
}
