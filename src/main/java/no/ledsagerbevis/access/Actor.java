package no.ledsagerbevis.access;

import no.ledsagerbevis.identity.CurrentUser;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Who does an access change, for the audit: the API user, or "system" for start-up and delegates. */
@Component
public class Actor {

  public static final String SYSTEM = "system";

  private final CurrentUser currentUser;

  Actor(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  String id() {
    return currentUser.authentication().map(Authentication::getUserId).orElse(SYSTEM);
  }
}
