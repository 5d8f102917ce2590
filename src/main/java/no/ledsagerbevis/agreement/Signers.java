package no.ledsagerbevis.agreement;

import no.ledsagerbevis.web.AsSystem;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** The name printed for a signer: the Camunda user's first and last name, or the user id without one. */
@Component
class Signers {

  private final IdentityService identityService;
  private final AsSystem asSystem;

  Signers(IdentityService identityService, AsSystem asSystem) {
    this.identityService = identityService;
    this.asSystem = asSystem;
  }

  String navn(String brukerId) {
    User user = asSystem.call(() -> identityService.createUserQuery().userId(brukerId).singleResult());
    if (user == null) {
      return brukerId;
    }
    String navn = (blankToEmpty(user.getFirstName()) + " " + blankToEmpty(user.getLastName())).trim();
    return navn.isEmpty() ? brukerId : navn;
  }

  private static String blankToEmpty(String value) {
    return value == null ? "" : value.trim();
  }
}
