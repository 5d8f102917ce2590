package no.ledsagerbevis.access;

import no.ledsagerbevis.errors.FieldErrors;
import no.ledsagerbevis.errors.InvalidInputException;
import no.ledsagerbevis.identity.AsSystem;
import no.ledsagerbevis.identity.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * A user changes her own password, and nothing else of her login: she proves the current password (a
 * wrong one counts as a failed login, with its delay) and the new one must meet the password policy.
 * Needed because users may no longer UPDATE their own Camunda user (see {@link LedsagerbevisAuthorizationProvider}).
 */
@Service
class OwnPasswordChange {

  private final CurrentUser currentUser;
  private final UserLogins logins;
  private final AsSystem asSystem;

  OwnPasswordChange(CurrentUser currentUser, UserLogins logins, AsSystem asSystem) {
    this.currentUser = currentUser;
    this.logins = logins;
    this.asSystem = asSystem;
  }

  void change(String gammeltPassord, String nyttPassord) {
    String brukernavn = currentUser.userId();
    FieldErrors errors = new FieldErrors();
    if (gammeltPassord == null || gammeltPassord.isEmpty()) {
      errors.add("gammeltPassord", "Oppgi passordet du har nå.");
    }
    if (nyttPassord == null || nyttPassord.isEmpty() || nyttPassord.length() > AccessInput.MAX_PASSORD) {
      errors.add("nyttPassord", "Oppgi et nytt passord på høyst " + AccessInput.MAX_PASSORD + " tegn.");
    }
    errors.throwIfAny();
    asSystem.run(() -> logins.requirePolicyCompliant("nyttPassord", brukernavn, logins.navn(brukernavn).orElse(""),
        nyttPassord));
    if (!logins.checkPassword(brukernavn, gammeltPassord)) {
      throw new InvalidInputException("gammeltPassord", "Passordet du har nå, er feil.");
    }
    asSystem.run(() -> logins.changePassword(brukernavn, nyttPassord));
  }
}
