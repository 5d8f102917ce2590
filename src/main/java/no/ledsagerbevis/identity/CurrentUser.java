package no.ledsagerbevis.identity;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The user of the current API request, as authenticated by {@code web.HttpBasicAuthenticationFilter} against
 * Camunda's identity service: the same users, groups and tenants as the webapps.
 */
@Component
public class CurrentUser {

  private final IdentityService identityService;

  public CurrentUser(IdentityService identityService) {
    this.identityService = identityService;
  }

  public Optional<Authentication> authentication() {
    return Optional.ofNullable(identityService.getCurrentAuthentication());
  }

  /** The user id; only called behind the authentication filter, where a user is always set. */
  public String userId() {
    return authentication().map(Authentication::getUserId)
        .orElseThrow(() -> new IllegalStateException("No authenticated user on this request"));
  }

  public List<String> groupIds() {
    return authentication().map(Authentication::getGroupIds).orElse(List.of());
  }

  public boolean isCamundaAdmin() {
    return groupIds().contains(Groups.CAMUNDA_ADMIN);
  }
}
