package no.ledsagerbevis.access;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.stereotype.Component;

/** Tenants, groups and memberships in Camunda's identity service, as our tables say they should be. */
@Component
class CamundaGroups {

  static final String ADMINISTRATOR_TYPE = "LEDSAGERBEVIS_ADMINISTRATORER";
  static final String USER_GROUP_TYPE = "LEDSAGERBEVIS_BRUKERGRUPPE";

  private final IdentityService identityService;

  CamundaGroups(IdentityService identityService) {
    this.identityService = identityService;
  }

  boolean exists(String groupId) {
    return identityService.createGroupQuery().groupId(groupId).count() > 0;
  }

  void ensureTenant(String kommunenummer, String kommunenavn) {
    String tenantId = AccessIds.tenantId(kommunenummer);
    if (identityService.createTenantQuery().tenantId(tenantId).count() == 0) {
      Tenant tenant = identityService.newTenant(tenantId);
      tenant.setName(kommunenavn);
      identityService.saveTenant(tenant);
    }
  }

  /** Adopts an administrator group that an operator created by hand, otherwise creates it. */
  void ensureAdministratorGroup(String kommunenummer, String kommunenavn) {
    String groupId = AccessIds.administratorGroupId(kommunenummer);
    if (exists(groupId)) {
      String tenantId = AccessIds.tenantId(kommunenummer);
      if (identityService.createTenantQuery().tenantId(tenantId).groupMember(groupId).count() == 0) {
        identityService.createTenantGroupMembership(tenantId, groupId);
      }
      return;
    }
    create(AccessIds.administratorGroupId(kommunenummer), "Tjenesteadministratorer " + kommunenavn,
        ADMINISTRATOR_TYPE, kommunenummer);
  }

  void createUserGroup(UserGroup group) {
    create(group.gruppeId(), group.gruppenavn(), USER_GROUP_TYPE, group.kommunenummer());
  }

  void rename(String groupId, String name) {
    Group group = identityService.createGroupQuery().groupId(groupId).singleResult();
    group.setName(name);
    identityService.saveGroup(group);
  }

  /** Deletes the group with its memberships and tenant membership. */
  void delete(String groupId) {
    if (exists(groupId)) {
      identityService.deleteGroup(groupId);
    }
  }

  /**
   * Makes the user's Camunda memberships among our groups exactly {@code groupIds}; groups of others
   * (camunda-admin, say) stay as they are.
   */
  void setMemberships(String brukernavn, Collection<String> groupIds) {
    List<String> current = identityService.createGroupQuery().groupMember(brukernavn).list().stream()
        .filter(g -> ADMINISTRATOR_TYPE.equals(g.getType()) || USER_GROUP_TYPE.equals(g.getType()))
        .map(Group::getId).toList();
    Set<String> wanted = Set.copyOf(groupIds);
    current.stream().filter(id -> !wanted.contains(id))
        .forEach(id -> identityService.deleteMembership(brukernavn, id));
    wanted.stream().filter(id -> !current.contains(id))
        .forEach(id -> identityService.createMembership(brukernavn, id));
  }

  private void create(String groupId, String name, String type, String kommunenummer) {
    if (exists(groupId)) {
      throw new IllegalStateException("Camunda group " + groupId + " exists without our record of it");
    }
    Group group = identityService.newGroup(groupId);
    group.setName(name);
    group.setType(type);
    identityService.saveGroup(group);
    identityService.createTenantGroupMembership(AccessIds.tenantId(kommunenummer), groupId);
  }
}
