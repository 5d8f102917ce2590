package no.ledsagerbevis.access;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At start, takes from a database made by an earlier version what users no longer hold (docs/security.md):
 * user groups' right to start the case process, UPDATE on single tasks (which let a candidate group or
 * assignee change the task's variables, assignee and candidates; such grants become TASK_WORK and TASK_ASSIGN,
 * as new ones are), and
 * administrators' read access to every process definition (which showed them the retention process's
 * instances, with other municipalities' case ids); they get the municipality processes instead.
 */
@Component
class AuthorizationRealignment {

  private static final Logger log = LoggerFactory.getLogger(AuthorizationRealignment.class);

  private final AuthorizationService authorizationService;
  private final IdentityService identityService;
  private final AuthorizationSetup setup;

  AuthorizationRealignment(AuthorizationService authorizationService, IdentityService identityService,
      AuthorizationSetup setup) {
    this.authorizationService = authorizationService;
    this.identityService = identityService;
    this.setup = setup;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(0)
  @Transactional
  public void realign() {
    int starts = 0;
    for (Group group : identityService.createGroupQuery().groupType(CamundaGroups.USER_GROUP_TYPE).list()) {
      for (Authorization grant : authorizationService.createAuthorizationQuery().groupIdIn(group.getId())
          .resourceType(Resources.PROCESS_DEFINITION).resourceId(AuthorizationSetup.CASE_PROCESS_KEY)
          .hasPermission(Permissions.CREATE_INSTANCE).list()) {
        grant.removePermission(Permissions.CREATE_INSTANCE);
        authorizationService.saveAuthorization(grant);
        starts++;
      }
      starts += delete(authorizationService.createAuthorizationQuery().groupIdIn(group.getId())
          .resourceType(Resources.PROCESS_INSTANCE).resourceId(Authorization.ANY).list());
    }
    int tasks = 0;
    for (Authorization grant : authorizationService.createAuthorizationQuery().resourceType(Resources.TASK)
        .hasPermission(Permissions.UPDATE).list()) {
      if (grant.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT && !Authorization.ANY.equals(grant.getResourceId())) {
        grant.removePermission(Permissions.UPDATE);
        grant.addPermission(TaskPermissions.TASK_WORK);
        grant.addPermission(TaskPermissions.TASK_ASSIGN);
        authorizationService.saveAuthorization(grant);
        tasks++;
      }
    }
    int administratorGroups = 0;
    for (Group group : identityService.createGroupQuery().groupType(CamundaGroups.ADMINISTRATOR_TYPE).list()) {
      if (delete(authorizationService.createAuthorizationQuery().groupIdIn(group.getId())
          .resourceType(Resources.PROCESS_DEFINITION).resourceId(Authorization.ANY).list()) > 0) {
        setup.grantMunicipalityProcesses(group.getId());
        administratorGroups++;
      }
    }
    if (starts + tasks + administratorGroups > 0) {
      log.info("Withdrew {} case-start grants of user groups, turned {} task UPDATE grants into TASK_WORK and "
          + "narrowed {} administrator groups to the municipality processes", starts, tasks, administratorGroups);
    }
  }

  private int delete(java.util.List<Authorization> grants) {
    grants.forEach(a -> authorizationService.deleteAuthorization(a.getId()));
    return grants.size();
  }
}
