package no.ledsagerbevis.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.ledsagerbevis.errors.ConflictException;
import no.ledsagerbevis.errors.FieldErrors;
import no.ledsagerbevis.errors.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds and removes members of user groups and administrator groups, keeps each user's active group,
 * and projects our tables onto Camunda: a user's Camunda groups are its administrator groups plus its
 * active user group only, so Tasklist, engine-rest and our API all show one group's work at a time.
 * A user who is left without any group loses the login; case data is never touched.
 * Runs engine calls as the application: callers check access first.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class MembershipService {

  private final MembershipRepository memberships;
  private final UserLogins logins;
  private final CamundaGroups camundaGroups;
  private final AccessAudit audit;
  private final TaskRelease tasks;

  MembershipService(MembershipRepository memberships, UserLogins logins, CamundaGroups camundaGroups,
      AccessAudit audit, TaskRelease tasks) {
    this.memberships = memberships;
    this.logins = logins;
    this.camundaGroups = camundaGroups;
    this.audit = audit;
    this.tasks = tasks;
  }

  @Transactional(propagation = Propagation.SUPPORTS)
  List<UserView> members(String gruppeId) {
    return memberships.members(gruppeId).stream()
        .map(b -> new UserView(b, logins.navn(b).orElse(b))).toList();
  }

  /** Validates the whole request before anything is written; the password policy is off only for demo data. */
  UserView add(String kommunenummer, String gruppeId, boolean administrator, UserRequest request,
      boolean passwordPolicy, String utfortAv) {
    FieldErrors errors = new FieldErrors();
    String brukernavn = errors.check(() -> AccessInput.brukernavn(request.brukernavn()));
    errors.throwIfAny();
    boolean exists = logins.exists(brukernavn);
    // Users of other municipalities (and operators) are treated as strangers: asked for as existing users
    // they get the same answer as a user name nobody has, and their names are never shown.
    boolean knownHere = exists && isMemberIn(kommunenummer, brukernavn);
    String navn = null;
    String passord = null;
    if (knownHere) {
      if (request.passord() != null) {
        errors.add("passord", "Brukeren " + brukernavn + " finnes allerede. Passord kan bare settes når brukeren "
            + "opprettes; legg til en eksisterende bruker med brukernavn alene.");
      }
    } else {
      navn = errors.check(() -> AccessInput.navn(request.navn()));
      passord = passwordPolicy ? errors.check(() -> policyCompliant(brukernavn, request))
          : Objects.requireNonNull(request.passord());
    }
    errors.throwIfAny();
    if (exists && !knownHere) {
      throw new ConflictException("Brukernavnet " + brukernavn + " er ikke ledig. Velg et annet brukernavn.");
    }
    if (knownHere && logins.isOperator(brukernavn)) {
      throw new ConflictException("Brukeren " + brukernavn + " er driftsadministrator for hele tjenesten og kan "
          + "ikke legges i en kommunes grupper.");
    }
    if (memberships.exists(gruppeId, brukernavn)) {
      throw new ConflictException("Brukeren " + brukernavn + " er allerede medlem av " + gruppeId + ".");
    }
    if (!exists) {
      logins.create(brukernavn, navn, passord, passwordPolicy);
    }
    memberships.insert(new Membership(gruppeId, brukernavn, kommunenummer, administrator));
    if (!administrator && memberships.activeGroup(brukernavn).isEmpty()) {
      memberships.setActiveGroup(brukernavn, gruppeId);
    }
    sync(brukernavn);
    audit.record(kommunenummer, utfortAv, administrator ? AccessAudit.Handling.ADMINISTRATOR_LAGT_TIL
        : AccessAudit.Handling.BRUKER_LAGT_TIL, gruppeId, brukernavn);
    return new UserView(brukernavn, logins.navn(brukernavn).orElse(brukernavn));
  }

  private boolean isMemberIn(String kommunenummer, String brukernavn) {
    return memberships.ofUser(brukernavn).stream().anyMatch(m -> m.kommunenummer().equals(kommunenummer));
  }

  private String policyCompliant(String brukernavn, UserRequest request) {
    String passord = AccessInput.passord(request.passord());
    logins.requirePolicyCompliant("passord", brukernavn, request.navn() == null ? "" : request.navn(), passord);
    return passord;
  }

  void remove(String kommunenummer, String gruppeId, String brukernavn, String utfortAv) {
    if (!memberships.exists(gruppeId, brukernavn)) {
      throw new NotFoundException("Brukeren " + brukernavn + " er ikke medlem av " + gruppeId + ".");
    }
    boolean administrator = gruppeId.equals(AccessIds.administratorGroupId(kommunenummer));
    memberships.delete(gruppeId, brukernavn);
    if (memberships.activeGroup(brukernavn).filter(gruppeId::equals).isPresent()) {
      memberships.setActiveGroup(brukernavn, firstUserGroup(brukernavn).orElse(null));
    }
    audit.record(kommunenummer, utfortAv, administrator ? AccessAudit.Handling.ADMINISTRATOR_FJERNET
        : AccessAudit.Handling.BRUKER_FJERNET, gruppeId, brukernavn);
    if (memberships.ofUser(brukernavn).isEmpty()) {
      tasks.releaseOutside(brukernavn, List.of());
      logins.delete(brukernavn);
      audit.record(kommunenummer, utfortAv, AccessAudit.Handling.BRUKER_SLETTET, null, brukernavn);
    } else {
      sync(brukernavn);
    }
  }

  void removeAll(String kommunenummer, String gruppeId, String utfortAv) {
    memberships.members(gruppeId).forEach(b -> remove(kommunenummer, gruppeId, b, utfortAv));
  }

  void switchActiveGroup(String brukernavn, String gruppeId) {
    memberships.setActiveGroup(brukernavn, gruppeId);
    sync(brukernavn);
    audit.record(AccessIds.kommunenummerOfGroup(gruppeId), brukernavn, AccessAudit.Handling.AKTIV_GRUPPE_BYTTET,
        gruppeId, brukernavn);
  }

  /**
   * Camunda memberships := administrator groups + the active user group; tasks she claimed in any other
   * group go back to their group (task access follows membership at every moment).
   */
  void sync(String brukernavn) {
    List<String> groupIds = new ArrayList<>();
    memberships.ofUser(brukernavn).stream().filter(Membership::administrator).map(Membership::gruppeId)
        .forEach(groupIds::add);
    memberships.activeGroup(brukernavn).ifPresent(groupIds::add);
    camundaGroups.setMemberships(brukernavn, groupIds);
    tasks.releaseOutside(brukernavn, groupIds);
  }

  private Optional<String> firstUserGroup(String brukernavn) {
    return memberships.ofUser(brukernavn).stream().filter(m -> !m.administrator()).map(Membership::gruppeId)
        .findFirst();
  }
}
