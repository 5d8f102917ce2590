package no.ledsagerbevis.access;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The engine authorizations of our groups. Task visibility is never granted here: a task's candidate
 * group gets READ and UPDATE on that task from the engine itself, so users see their group's tasks only.
 * Instance data is further limited to the municipality's tenant by the group's tenant membership.
 */
@Component
class AuthorizationSetup {

  private final AuthorizationService authorizationService;

  AuthorizationSetup(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  static final String CASE_PROCESS_KEY = "ledsagerbevis-decision-letter";

  /**
   * The processes whose instances belong to one municipality (its tenant). Not the retention process: its
   * instances have no tenant and name the deleted cases of every municipality.
   */
  static final List<String> MUNICIPALITY_PROCESS_KEYS = List.of("ledsagerbevis-onboarding",
      "ledsagerbevis-agreement-signing", "ledsagerbevis-configuration", CASE_PROCESS_KEY);

  /**
   * Tasklist, the group's filter, and reading the case process (its name and diagram in Tasklist). No process
   * start: cases start through the case API, as the application, so a case handler cannot start an instance
   * with ids or start instructions of her choosing.
   */
  void grantUserGroup(String gruppeId, String filterId) {
    grant(gruppeId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(gruppeId, Resources.FILTER, filterId, Permissions.READ);
    grant(gruppeId, Resources.PROCESS_DEFINITION, CASE_PROCESS_KEY, Permissions.READ);
  }

  /**
   * Tasklist with the administrators' filter, and Cockpit with read access to instances and history of
   * the municipality processes' (shared) definitions, which the tenant check narrows to the municipality's own
   * instances.
   */
  void grantAdministratorGroup(String groupId, String filterId) {
    grant(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(groupId, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(groupId, Resources.FILTER, filterId, Permissions.READ);
    grantMunicipalityProcesses(groupId);
  }

  void grantMunicipalityProcesses(String administratorGroupId) {
    for (String processKey : MUNICIPALITY_PROCESS_KEYS) {
      grant(administratorGroupId, Resources.PROCESS_DEFINITION, processKey,
          Permissions.READ, Permissions.READ_INSTANCE, Permissions.READ_HISTORY);
    }
  }

  void revokeAll(String groupId) {
    authorizationService.createAuthorizationQuery().groupIdIn(groupId).list()
        .forEach(a -> authorizationService.deleteAuthorization(a.getId()));
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizationService.saveAuthorization(authorization);
  }
}
