package no.ledsagerbevis.access;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.ledsagerbevis.errors.ConflictException;
import no.ledsagerbevis.errors.NotFoundException;
import no.ledsagerbevis.identity.AsSystem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The users of one municipality across its groups, and removing a user from the municipality's service
 * altogether («Fjern» from the service): every membership in this municipality goes, the login only when the
 * user has no group left anywhere (see {@link MembershipService#remove}).
 */
@Service
class MunicipalityUsers {

  private final MembershipRepository memberships;
  private final MembershipService membershipService;
  private final MunicipalityRepository municipalities;
  private final UserLogins logins;
  private final AsSystem asSystem;

  MunicipalityUsers(MembershipRepository memberships, MembershipService membershipService,
      MunicipalityRepository municipalities, UserLogins logins, AsSystem asSystem) {
    this.memberships = memberships;
    this.membershipService = membershipService;
    this.municipalities = municipalities;
    this.logins = logins;
    this.asSystem = asSystem;
  }

  List<MunicipalityUserView> list(String kommunenummer) {
    municipalities.requireInUse(kommunenummer);
    Map<String, List<Membership>> byUser = new LinkedHashMap<>();
    memberships.ofMunicipality(kommunenummer)
        .forEach(m -> byUser.computeIfAbsent(m.brukernavn(), b -> new ArrayList<>()).add(m));
    return asSystem.call(() -> byUser.entrySet().stream().map(e -> new MunicipalityUserView(e.getKey(),
        logins.navn(e.getKey()).orElse(e.getKey()),
        e.getValue().stream().anyMatch(Membership::administrator),
        e.getValue().stream().filter(m -> !m.administrator()).map(Membership::gruppeId).toList())).toList());
  }

  @Transactional
  void removeFromService(String kommunenummer, String brukernavn, String utfortAv) {
    municipalities.requireInUse(kommunenummer);
    List<Membership> ofUserHere = memberships.ofUser(brukernavn).stream()
        .filter(m -> m.kommunenummer().equals(kommunenummer)).toList();
    if (ofUserHere.isEmpty()) {
      throw new NotFoundException("Brukeren " + brukernavn + " er ikke med i tjenesten i kommune " + kommunenummer
          + ".");
    }
    String administratorGroup = AccessIds.administratorGroupId(kommunenummer);
    boolean administrator = ofUserHere.stream().anyMatch(Membership::administrator);
    if (administrator && memberships.members(administratorGroup).size() == 1) {
      throw new ConflictException("Brukeren " + brukernavn + " er kommunens eneste tjenesteadministrator. Legg til "
          + "en ny tjenesteadministrator før du fjerner denne brukeren fra tjenesten.");
    }
    asSystem.run(() -> ofUserHere.forEach(m -> membershipService.remove(kommunenummer, m.gruppeId(), brukernavn,
        utfortAv)));
  }
}
