package no.ledsagerbevis.access;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;

/**
 * Camunda's default grants, except that a new user may only READ her own user, where Camunda grants ALL:
 * her name is printed in decision letters (case handler) and on the tjenestebilag (signer), so only
 * the municipality's administrators, through our API, may change it. UPDATE would also let her rename
 * herself through engine-rest and the webapps' profile page, DELETE would remove her login behind our back.
 */
public class OwnUserReadOnlyAuthorizationProvider extends DefaultAuthorizationProvider {

  @Override
  public AuthorizationEntity[] newUser(User user) {
    return new AuthorizationEntity[] {
        createGrantAuthorization(user.getId(), null, Resources.USER, user.getId(), Permissions.READ)};
  }
}
