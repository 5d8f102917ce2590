package no.ledsagerbevis.access;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.ledsagerbevis.errors.ForbiddenException;
import no.ledsagerbevis.errors.InvalidInputException;
import no.ledsagerbevis.identity.AsSystem;
import no.ledsagerbevis.identity.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the caller may reach, and switching the active group (K16). */
@Service
class MeService {

  private final CurrentUser currentUser;
  private final MembershipRepository memberships;
  private final UserGroupRepository groups;
  private final MunicipalityRepository municipalities;
  private final MembershipService membershipService;
  private final UserLogins logins;
  private final AsSystem asSystem;

  MeService(CurrentUser currentUser, MembershipRepository memberships, UserGroupRepository groups,
      MunicipalityRepository municipalities, MembershipService membershipService, UserLogins logins,
      AsSystem asSystem) {
    this.currentUser = currentUser;
    this.memberships = memberships;
    this.groups = groups;
    this.municipalities = municipalities;
    this.membershipService = membershipService;
    this.logins = logins;
    this.asSystem = asSystem;
  }

  Me me() {
    String brukernavn = currentUser.userId();
    boolean operator = currentUser.isCamundaAdmin();
    Optional<String> active = memberships.activeGroup(brukernavn);
    Map<String, List<Membership>> byMunicipality = new LinkedHashMap<>();
    memberships.ofUser(brukernavn).forEach(m ->
        byMunicipality.computeIfAbsent(m.kommunenummer(), k -> new java.util.ArrayList<>()).add(m));
    List<Me.Municipality> kommuner = byMunicipality.entrySet().stream().map(e -> new Me.Municipality(e.getKey(),
        municipalities.name(e.getKey()).orElse(e.getKey()),
        e.getValue().stream().anyMatch(Membership::administrator),
        e.getValue().stream().filter(m -> !m.administrator()).map(m -> ref(m.gruppeId(), active)).toList())).toList();
    String navn = asSystem.call(() -> logins.navn(brukernavn)).orElse(brukernavn);
    return new Me(brukernavn, navn, operator, active.map(g -> ref(g, active)).orElse(null), kommuner);
  }

  @Transactional
  Me switchActiveGroup(String gruppeId) {
    if (gruppeId == null || gruppeId.isBlank()) {
      throw new InvalidInputException("gruppeId", "Velg hvilken brukergruppe du vil jobbe i (gruppeId).");
    }
    String brukernavn = currentUser.userId();
    if (groups.find(gruppeId).isEmpty() || !memberships.exists(gruppeId, brukernavn)) {
      throw new ForbiddenException("Du er ikke medlem av brukergruppen " + gruppeId + ".");
    }
    asSystem.run(() -> membershipService.switchActiveGroup(brukernavn, gruppeId));
    return me();
  }

  private Me.GroupRef ref(String gruppeId, Optional<String> active) {
    String gruppenavn = groups.find(gruppeId).map(UserGroup::gruppenavn).orElse(gruppeId);
    return new Me.GroupRef(gruppeId, gruppenavn, active.filter(gruppeId::equals).isPresent());
  }
}
