package no.ledsagerbevis.system;

import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Camunda's own identity provider, which also logs every failed login: the webapps' login, engine-rest
 * and /api/v1 all check passwords here. The log names an existing user's id, never the password, and
 * never an unknown user name (which may be a password typed into the wrong field).
 */
public class FailedLoginLoggingIdentityProvider extends DbIdentityServiceProvider {

  private static final Logger log = LoggerFactory.getLogger(FailedLoginLoggingIdentityProvider.class);

  @Override
  public boolean checkPassword(String userId, String password) {
    boolean valid = super.checkPassword(userId, password);
    if (!valid) {
      UserEntity user = userId == null ? null : getDbEntityManager().selectById(UserEntity.class, userId);
      if (user == null) {
        log.warn("Failed login with an unknown user name");
      } else {
        log.warn("Failed login for user '{}' ({} failed attempts in a row; next attempt possible after {})",
            user.getId(), user.getAttempts(), user.getLockExpirationTime());
      }
    }
    return valid;
  }
}
