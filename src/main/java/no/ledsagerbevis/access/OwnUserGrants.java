package no.ledsagerbevis.access;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Users may read but not change or delete their own Camunda user: new users through
 * {@link LedsagerbevisAuthorizationProvider}, users created before it through {@link #restrictToRead}.
 */
@Component
class OwnUserGrants {

  private final AuthorizationService authorizationService;

  OwnUserGrants(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  /** Narrows the user's grants on her own user to READ (an older database gave her ALL). */
  void restrictToRead(String brukernavn) {
    for (Authorization grant : authorizationService.createAuthorizationQuery().userIdIn(brukernavn)
        .resourceType(Resources.USER).resourceId(brukernavn).authorizationType(Authorization.AUTH_TYPE_GRANT).list()) {
      if (!grant.isPermissionGranted(Permissions.UPDATE) && !grant.isPermissionGranted(Permissions.DELETE)) {
        continue;
      }
      grant.setPermissions(new Permission[] {Permissions.READ});
      authorizationService.saveAuthorization(grant);
    }
  }
}
