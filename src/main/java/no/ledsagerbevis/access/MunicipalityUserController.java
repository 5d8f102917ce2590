package no.ledsagerbevis.access;

import java.util.List;
import no.ledsagerbevis.validation.Kommunenummer;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** All users of a municipality's service, and removing one from the service (K14); for its service administrators. */
@RestController
@RequestMapping("/api/v1/kommuner/{kommunenummer}/brukere")
class MunicipalityUserController {

  private final MunicipalityAccess access;
  private final MunicipalityUsers users;
  private final Actor actor;

  MunicipalityUserController(MunicipalityAccess access, MunicipalityUsers users, Actor actor) {
    this.access = access;
    this.users = users;
    this.actor = actor;
  }

  @GetMapping
  List<MunicipalityUserView> list(@PathVariable String kommunenummer) {
    access.requireAdministrator(Kommunenummer.parse(kommunenummer));
    return users.list(kommunenummer);
  }

  @DeleteMapping("/{brukernavn}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void removeFromService(@PathVariable String kommunenummer, @PathVariable String brukernavn) {
    access.requireAdministrator(Kommunenummer.parse(kommunenummer));
    users.removeFromService(kommunenummer, brukernavn, actor.id());
  }
}
