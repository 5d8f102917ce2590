package no.ledsagerbevis.access;

import java.util.Arrays;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;

/**
 * Camunda's default grants, with two changes.
 * <ul>
 *   <li>A new user may only READ her own user, where Camunda grants ALL: her name is printed in decision letters
 *   (case handler) and on the tjenestebilag (signer), so only the municipality's administrators, through our API,
 *   may change it. UPDATE would also let her rename herself through engine-rest and the webapps' profile page,
 *   DELETE would remove her login behind our back.</li>
 *   <li>Where a task grants TASK_WORK (candidate group, assignee), it grants TASK_ASSIGN too, so that a case handler
 *   can give a claimed task back («Frigi» in Tasklist). Assigning it to anyone but herself is refused by
 *   {@code web.EngineWriteGuardFilter}.</li>
 * </ul>
 */
public class LedsagerbevisAuthorizationProvider extends DefaultAuthorizationProvider {

  @Override
  public AuthorizationEntity[] newUser(User user) {
    return new AuthorizationEntity[] {
        createGrantAuthorization(user.getId(), null, Resources.USER, user.getId(), Permissions.READ)};
  }

  /** The permissions a task's candidate group and assignee get on the task. */
  @Override
  protected Permission[] getRuntimePermissions(boolean enforceSpecificVariablePermission) {
    Permission[] permissions = super.getRuntimePermissions(enforceSpecificVariablePermission);
    Permission[] withAssign = Arrays.copyOf(permissions, permissions.length + 1);
    withAssign[permissions.length] = TaskPermissions.TASK_ASSIGN;
    return withAssign;
  }
}
