package no.ledsagerbevis.access;

import java.util.List;
import no.ledsagerbevis.validation.Kommunenummer;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The municipality's service administrators (K13). */
@RestController
@RequestMapping("/api/v1/kommuner/{kommunenummer}/administratorer")
class AdministratorController {

  private final MunicipalityAccess access;
  private final MemberAdministration members;
  private final Actor actor;

  AdministratorController(MunicipalityAccess access, MemberAdministration members, Actor actor) {
    this.access = access;
    this.members = members;
    this.actor = actor;
  }

  @GetMapping
  List<UserView> list(@PathVariable String kommunenummer) {
    access.requireAdministrator(Kommunenummer.parse(kommunenummer));
    return members.administrators(kommunenummer);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  UserView add(@PathVariable String kommunenummer, @RequestBody UserRequest request) {
    access.requireAdministrator(Kommunenummer.parse(kommunenummer));
    return members.addAdministrator(kommunenummer, request, true, actor.id());
  }

  @DeleteMapping("/{brukernavn}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void remove(@PathVariable String kommunenummer, @PathVariable String brukernavn) {
    access.requireAdministrator(Kommunenummer.parse(kommunenummer));
    members.removeAdministrator(kommunenummer, brukernavn, actor.id());
  }
}
