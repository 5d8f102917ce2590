package no.ledsagerbevis.access;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own municipalities and groups, the switch of the active group ("bytt", K16), her own password. */
@RestController
@RequestMapping("/api/v1/meg")
class MeController {

  private final MeService me;
  private final OwnPasswordChange passwordChange;

  MeController(MeService me, OwnPasswordChange passwordChange) {
    this.me = me;
    this.passwordChange = passwordChange;
  }

  @GetMapping
  Me get() {
    return me.me();
  }

  @PutMapping("/aktiv-gruppe")
  Me switchActiveGroup(@RequestBody ActiveGroupRequest request) {
    return me.switchActiveGroup(request.gruppeId());
  }

  @PutMapping("/passord")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void changePassword(@RequestBody PasswordChangeRequest request) {
    passwordChange.change(request.gammeltPassord(), request.nyttPassord());
  }

  record ActiveGroupRequest(String gruppeId) {
  }

  record PasswordChangeRequest(String gammeltPassord, String nyttPassord) {

    @Override
    public String toString() {
      return "PasswordChangeRequest[***]";
    }
  }
}
