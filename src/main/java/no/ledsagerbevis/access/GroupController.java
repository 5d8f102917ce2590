package no.ledsagerbevis.access;

import java.util.List;
import no.ledsagerbevis.validation.Kommunenummer;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** User groups (K15) and their users (K14, K17); managed by the municipality's service administrators. */
@RestController
@RequestMapping("/api/v1/kommuner/{kommunenummer}/grupper")
class GroupController {

  private final MunicipalityAccess access;
  private final GroupService groups;
  private final MemberAdministration members;
  private final Actor actor;

  GroupController(MunicipalityAccess access, GroupService groups, MemberAdministration members, Actor actor) {
    this.access = access;
    this.groups = groups;
    this.members = members;
    this.actor = actor;
  }

  @GetMapping
  List<GroupView> list(@PathVariable String kommunenummer) {
    access.requireAdministrator(Kommunenummer.parse(kommunenummer));
    return groups.list(kommunenummer).stream().map(GroupView::of).toList();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  GroupView create(@PathVariable String kommunenummer, @RequestBody GroupRequest request) {
    access.requireAdministrator(Kommunenummer.parse(kommunenummer));
    return GroupView.of(groups.create(kommunenummer, request.gruppenavn(), actor.id()));
  }

  @PutMapping("/{gruppeId}")
  GroupView rename(@PathVariable String kommunenummer, @PathVariable String gruppeId,
      @RequestBody GroupRequest request) {
    access.requireAdministrator(Kommunenummer.parse(kommunenummer));
    return GroupView.of(groups.rename(kommunenummer, gruppeId, request.gruppenavn(), actor.id()));
  }

  @DeleteMapping("/{gruppeId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable String kommunenummer, @PathVariable String gruppeId) {
    access.requireAdministrator(Kommunenummer.parse(kommunenummer));
    groups.delete(kommunenummer, gruppeId, actor.id());
  }

  @GetMapping("/{gruppeId}/brukere")
  List<UserView> users(@PathVariable String kommunenummer, @PathVariable String gruppeId) {
    access.requireAdministrator(Kommunenummer.parse(kommunenummer));
    return members.users(kommunenummer, gruppeId);
  }

  @PostMapping("/{gruppeId}/brukere")
  @ResponseStatus(HttpStatus.CREATED)
  UserView addUser(@PathVariable String kommunenummer, @PathVariable String gruppeId,
      @RequestBody UserRequest request) {
    access.requireAdministrator(Kommunenummer.parse(kommunenummer));
    return members.addUser(kommunenummer, gruppeId, request, true, actor.id());
  }

  @DeleteMapping("/{gruppeId}/brukere/{brukernavn}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void removeUser(@PathVariable String kommunenummer, @PathVariable String gruppeId,
      @PathVariable String brukernavn) {
    access.requireAdministrator(Kommunenummer.parse(kommunenummer));
    members.removeUser(kommunenummer, gruppeId, brukernavn, actor.id());
  }
}
