package no.ledsagerbevis.access;

import java.util.List;
import no.ledsagerbevis.errors.ConflictException;
import no.ledsagerbevis.identity.AsSystem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Service administrators (K13) and the users of user groups (K14, K17), each change in one transaction. */
@Service
public class MemberAdministration {

  private final MembershipService memberships;
  private final GroupService groups;
  private final MunicipalityRepository municipalities;
  private final AsSystem asSystem;

  MemberAdministration(MembershipService memberships, GroupService groups, MunicipalityRepository municipalities,
      AsSystem asSystem) {
    this.memberships = memberships;
    this.groups = groups;
    this.municipalities = municipalities;
    this.asSystem = asSystem;
  }

  List<UserView> administrators(String kommunenummer) {
    return asSystem.call(() -> memberships.members(AccessIds.administratorGroupId(kommunenummer)));
  }

  @Transactional
  public UserView addAdministrator(String kommunenummer, UserRequest request, boolean passwordPolicy, String utfortAv) {
    municipalities.requireInUse(kommunenummer);
    return asSystem.call(() -> memberships.add(kommunenummer, AccessIds.administratorGroupId(kommunenummer), true,
        request, passwordPolicy, utfortAv));
  }

  @Transactional
  void removeAdministrator(String kommunenummer, String brukernavn, String utfortAv) {
    String groupId = AccessIds.administratorGroupId(kommunenummer);
    List<UserView> current = memberships.members(groupId);
    if (current.size() == 1 && current.get(0).brukernavn().equals(brukernavn)) {
      throw new ConflictException("Kommunen må ha minst én tjenesteadministrator. Legg til en ny før du fjerner "
          + "den siste.");
    }
    asSystem.run(() -> memberships.remove(kommunenummer, groupId, brukernavn, utfortAv));
  }

  List<UserView> users(String kommunenummer, String gruppeId) {
    groups.get(kommunenummer, gruppeId);
    return asSystem.call(() -> memberships.members(gruppeId));
  }

  @Transactional
  public UserView addUser(String kommunenummer, String gruppeId, UserRequest request, boolean passwordPolicy,
      String utfortAv) {
    groups.get(kommunenummer, gruppeId);
    return asSystem.call(() -> memberships.add(kommunenummer, gruppeId, false, request, passwordPolicy, utfortAv));
  }

  @Transactional
  void removeUser(String kommunenummer, String gruppeId, String brukernavn, String utfortAv) {
    groups.get(kommunenummer, gruppeId);
    asSystem.run(() -> memberships.remove(kommunenummer, gruppeId, brukernavn, utfortAv));
  }
}
