package no.ledsagerbevis.access;

import java.util.Optional;
import no.ledsagerbevis.errors.ForbiddenException;
import no.ledsagerbevis.errors.NotFoundException;
import no.ledsagerbevis.identity.AsSystem;
import no.ledsagerbevis.identity.CurrentUser;
import no.ledsagerbevis.validation.Kommunenummer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link MunicipalityAccess} on Camunda's identity: the current user's Camunda groups are its
 * administrator groups plus its one active user group, so "member" here means "working in it now".
 */
@Service
class MunicipalityAccessService implements MunicipalityAccess {

  private final CurrentUser currentUser;
  private final AsSystem asSystem;
  private final MunicipalityRepository municipalities;
  private final UserGroupRepository groups;
  private final MembershipRepository memberships;
  private final CamundaGroups camundaGroups;
  private final TaskFilters filters;
  private final AuthorizationSetup authorizations;
  private final AccessAudit audit;
  private final Actor actor;

  MunicipalityAccessService(CurrentUser currentUser, AsSystem asSystem, MunicipalityRepository municipalities,
      UserGroupRepository groups, MembershipRepository memberships, CamundaGroups camundaGroups, TaskFilters filters,
      AuthorizationSetup authorizations, AccessAudit audit, Actor actor) {
    this.currentUser = currentUser;
    this.asSystem = asSystem;
    this.municipalities = municipalities;
    this.groups = groups;
    this.memberships = memberships;
    this.camundaGroups = camundaGroups;
    this.filters = filters;
    this.authorizations = authorizations;
    this.audit = audit;
    this.actor = actor;
  }

  @Override
  @Transactional
  public void ensureTenantAndAdministratorGroup(String kommunenummer, String kommunenavn) {
    Kommunenummer.parse(kommunenummer);
    if (municipalities.name(kommunenummer).isPresent()) {
      return;
    }
    String utfortAv = actor.id();
    asSystem.run(() -> {
      String adminGroupId = AccessIds.administratorGroupId(kommunenummer);
      camundaGroups.ensureTenant(kommunenummer, kommunenavn);
      camundaGroups.ensureAdministratorGroup(kommunenummer, kommunenavn);
      String filterId = filters.create("Administrasjon " + kommunenavn + " – oppgaver", adminGroupId,
          "Oppgaver for tjenesteadministratorene i " + kommunenavn, -10);
      authorizations.grantAdministratorGroup(adminGroupId, filterId);
      municipalities.insert(kommunenummer, kommunenavn, filterId);
    });
    audit.record(kommunenummer, utfortAv, AccessAudit.Handling.KOMMUNE_OPPRETTET, null, null);
  }

  @Override
  public boolean hasAdministratorAndUserGroup(String kommunenummer) {
    return !memberships.members(AccessIds.administratorGroupId(kommunenummer)).isEmpty()
        && !groups.ofMunicipality(kommunenummer).isEmpty();
  }

  @Override
  public void requireAdministrator(String kommunenummer) {
    if (!isAdministrator(kommunenummer)) {
      throw new ForbiddenException("Bare tjenesteadministratorer for kommune " + kommunenummer
          + " kan gjøre dette.");
    }
  }

  @Override
  public void requireGroupMember(String kommunenummer, String gruppeId) {
    boolean sameMunicipality = gruppeId != null && gruppeId.startsWith(kommunenummer + "-");
    if (!sameMunicipality || !(isAdministrator(kommunenummer) || currentUser.groupIds().contains(gruppeId))) {
      boolean memberElsewhere = sameMunicipality && currentUser.authentication().isPresent()
          && isGroupMember(currentUser.userId(), gruppeId);
      throw new ForbiddenException(memberElsewhere
          ? "Gruppen " + gruppeId + " er ikke din aktive gruppe. Bytt aktiv gruppe først (PUT /api/v1/meg/aktiv-gruppe)."
          : "Du har ikke tilgang til gruppen " + gruppeId + ".");
    }
    if (groups.find(gruppeId).isEmpty()) {
      throw new NotFoundException("Fant ingen brukergruppe " + gruppeId + " i kommune " + kommunenummer + ".");
    }
  }

  @Override
  public boolean isGroupMember(String userId, String gruppeId) {
    return memberships.exists(gruppeId, userId);
  }

  @Override
  public Optional<String> activeGroupId(String userId) {
    return memberships.activeGroup(userId);
  }

  boolean isAdministrator(String kommunenummer) {
    return currentUser.isCamundaAdmin()
        || currentUser.groupIds().contains(AccessIds.administratorGroupId(kommunenummer));
  }
}
