package no.ledsagerbevis.demo;

import java.util.List;
import java.util.Map;
import no.ledsagerbevis.access.AccessIds;
import no.ledsagerbevis.access.Actor;
import no.ledsagerbevis.access.GroupService;
import no.ledsagerbevis.access.MemberAdministration;
import no.ledsagerbevis.access.MembershipRepository;
import no.ledsagerbevis.access.MunicipalityAccess;
import no.ledsagerbevis.access.UserGroup;
import no.ledsagerbevis.access.UserRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The example of requirement K16 (docs/requirements.md) as demo data: Oslo (0301) with the administrator "tjenesteadmin" and the
 * groups "Avdeling 1" (Ina, Per, Pål) and "Avdeling 2" (Kari, Line, Pål). Idempotent: what exists stays.
 */
@Component
@Profile("demo")
class DemoAccessInitializer {

  static final String KOMMUNENUMMER = "0301";
  private static final Map<String, String> NAVN = Map.of("tjenesteadmin", "Tjenesteadministrator Oslo",
      "ina", "Ina", "per", "Per", "paal", "Pål", "kari", "Kari", "line", "Line");
  private static final Map<String, List<String>> GRUPPER = Map.of(
      "Avdeling 1", List.of("ina", "per", "paal"),
      "Avdeling 2", List.of("kari", "line", "paal"));

  private final MunicipalityAccess access;
  private final GroupService groups;
  private final MemberAdministration members;
  private final MembershipRepository memberships;
  private final ApplicationEventPublisher events;
  private final String passord;

  DemoAccessInitializer(MunicipalityAccess access, GroupService groups, MemberAdministration members,
      MembershipRepository memberships, ApplicationEventPublisher events,
      @Value("${ledsagerbevis.access.demo.passord:demo}") String passord) {
    this.access = access;
    this.groups = groups;
    this.members = members;
    this.memberships = memberships;
    this.events = events;
    this.passord = passord;
  }

  @EventListener(ApplicationReadyEvent.class)
  void seed() {
    access.ensureTenantAndAdministratorGroup(KOMMUNENUMMER, "Oslo");
    if (!memberships.exists(AccessIds.administratorGroupId(KOMMUNENUMMER), "tjenesteadmin")) {
      members.addAdministrator(KOMMUNENUMMER, user("tjenesteadmin"), false, Actor.SYSTEM);
    }
    List<String> gruppeIder = GRUPPER.keySet().stream().sorted().map(this::ensureGroup).toList();
    events.publishEvent(new DemoAccessReadyEvent(KOMMUNENUMMER, gruppeIder));
  }

  private String ensureGroup(String gruppenavn) {
    String gruppeId = groups.list(KOMMUNENUMMER).stream().filter(g -> g.gruppenavn().equals(gruppenavn))
        .map(UserGroup::gruppeId).findFirst()
        .orElseGet(() -> groups.create(KOMMUNENUMMER, gruppenavn, Actor.SYSTEM).gruppeId());
    for (String brukernavn : GRUPPER.get(gruppenavn)) {
      if (!memberships.exists(gruppeId, brukernavn)) {
        members.addUser(KOMMUNENUMMER, gruppeId, user(brukernavn), false, Actor.SYSTEM);
      }
    }
    return gruppeId;
  }

  /** Only a user's first group creates its login; later groups add the existing user by name. */
  private UserRequest user(String brukernavn) {
    boolean exists = !memberships.ofUser(brukernavn).isEmpty();
    return exists ? new UserRequest(brukernavn, null, null) : new UserRequest(brukernavn, NAVN.get(brukernavn), passord);
  }
}
