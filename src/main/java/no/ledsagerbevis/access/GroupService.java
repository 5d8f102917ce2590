package no.ledsagerbevis.access;

import java.util.List;
import no.ledsagerbevis.errors.ConflictException;
import no.ledsagerbevis.errors.NotFoundException;
import no.ledsagerbevis.identity.AsSystem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User groups (K15): each is a Camunda group in the municipality's tenant with its Tasklist filter and
 * authorizations, created, renamed and deleted together with our row in one transaction.
 */
@Service
public class GroupService {

  private final UserGroupRepository groups;
  private final MunicipalityRepository municipalities;
  private final CamundaGroups camundaGroups;
  private final TaskFilters filters;
  private final AuthorizationSetup authorizations;
  private final MembershipService memberships;
  private final OpenCaseCounter openCases;
  private final AccessAudit audit;
  private final AsSystem asSystem;

  GroupService(UserGroupRepository groups, MunicipalityRepository municipalities, CamundaGroups camundaGroups,
      TaskFilters filters, AuthorizationSetup authorizations, MembershipService memberships,
      OpenCaseCounter openCases, AccessAudit audit, AsSystem asSystem) {
    this.groups = groups;
    this.municipalities = municipalities;
    this.camundaGroups = camundaGroups;
    this.filters = filters;
    this.authorizations = authorizations;
    this.memberships = memberships;
    this.openCases = openCases;
    this.audit = audit;
    this.asSystem = asSystem;
  }

  public List<UserGroup> list(String kommunenummer) {
    return groups.ofMunicipality(kommunenummer);
  }

  /** The group, when it belongs to the municipality; 404 otherwise. */
  UserGroup get(String kommunenummer, String gruppeId) {
    return groups.find(gruppeId).filter(g -> g.kommunenummer().equals(kommunenummer))
        .orElseThrow(() -> new NotFoundException("Fant ingen brukergruppe " + gruppeId + " i kommune "
            + kommunenummer + "."));
  }

  @Transactional
  public UserGroup create(String kommunenummer, String gruppenavnInput, String utfortAv) {
    String gruppenavn = AccessInput.gruppenavn(gruppenavnInput);
    municipalities.requireInUse(kommunenummer);
    if (groups.nameTaken(kommunenummer, gruppenavn, "")) {
      throw nameTaken(gruppenavn);
    }
    UserGroup group;
    try {
      group = createInEngine(kommunenummer, gruppenavn);
    } catch (DuplicateKeyException e) {
      throw nameTaken(gruppenavn);
    }
    audit.record(kommunenummer, utfortAv, AccessAudit.Handling.GRUPPE_OPPRETTET, group.gruppeId(), null);
    return group;
  }

  /** Two administrators creating the same name at once: the unique key turns the loser into a 409. */
  private UserGroup createInEngine(String kommunenummer, String gruppenavn) {
    return asSystem.call(() -> {
      String gruppeId = freeGroupId(AccessIds.userGroupId(kommunenummer, gruppenavn));
      String filterId = filters.create(TaskFilters.userGroupFilterName(gruppenavn), gruppeId,
          "Oppgaver for brukergruppen " + gruppenavn, 0);
      UserGroup created = new UserGroup(gruppeId, kommunenummer, gruppenavn, filterId);
      camundaGroups.createUserGroup(created);
      authorizations.grantUserGroup(gruppeId, filterId);
      groups.insert(created);
      return created;
    });
  }

  @Transactional
  UserGroup rename(String kommunenummer, String gruppeId, String gruppenavnInput, String utfortAv) {
    String gruppenavn = AccessInput.gruppenavn(gruppenavnInput);
    UserGroup group = get(kommunenummer, gruppeId);
    if (groups.nameTaken(kommunenummer, gruppenavn, gruppeId)) {
      throw nameTaken(gruppenavn);
    }
    asSystem.run(() -> {
      camundaGroups.rename(gruppeId, gruppenavn);
      filters.rename(group.filterId(), TaskFilters.userGroupFilterName(gruppenavn));
      groups.rename(gruppeId, gruppenavn);
    });
    audit.record(kommunenummer, utfortAv, AccessAudit.Handling.GRUPPE_ENDRET_NAVN, gruppeId, null);
    return new UserGroup(gruppeId, kommunenummer, gruppenavn, group.filterId());
  }

  /** Only a group without open cases; its members leave it, and those left without any group lose their login. */
  @Transactional
  void delete(String kommunenummer, String gruppeId, String utfortAv) {
    UserGroup group = get(kommunenummer, gruppeId);
    long open = asSystem.call(() -> openCases.openCases(gruppeId));
    if (open > 0) {
      throw new ConflictException("Brukergruppen har " + open + " åpne saker og kan ikke slettes før de er avsluttet.");
    }
    asSystem.run(() -> {
      memberships.removeAll(kommunenummer, gruppeId, utfortAv);
      authorizations.revokeAll(gruppeId);
      filters.delete(group.filterId());
      camundaGroups.delete(gruppeId);
      groups.delete(gruppeId);
    });
    audit.record(kommunenummer, utfortAv, AccessAudit.Handling.GRUPPE_SLETTET, gruppeId, null);
  }

  private static ConflictException nameTaken(String gruppenavn) {
    return new ConflictException("Kommunen har allerede en brukergruppe som heter «" + gruppenavn + "».");
  }

  /** A renamed group keeps its id, so a later group may want the same one: then it gets "-2", "-3", ... */
  private String freeGroupId(String wanted) {
    String candidate = wanted;
    for (int n = 2; groups.find(candidate).isPresent() || camundaGroups.exists(candidate); n++) {
      candidate = wanted + "-" + n;
    }
    return candidate;
  }
}
