package no.ledsagerbevis.access;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own municipalities and groups, and the switch of the active group ("bytt", S16). */
@RestController
@RequestMapping("/api/v1/meg")
class MeController {

  private final MeService me;

  MeController(MeService me) {
    this.me = me;
  }

  @GetMapping
  Me get() {
    return me.me();
  }

  @PutMapping("/aktiv-gruppe")
  Me switchActiveGroup(@RequestBody ActiveGroupRequest request) {
    return me.switchActiveGroup(request.gruppeId());
  }

  record ActiveGroupRequest(String gruppeId) {
  }
}
