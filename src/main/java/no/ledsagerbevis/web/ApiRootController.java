package no.ledsagerbevis.web;

import java.util.Map;
import no.ledsagerbevis.identity.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The API's front door: what it is, which version, and who the caller is authenticated as. */
@RestController
class ApiRootController {

  private final CurrentUser currentUser;
  private final String version;

  ApiRootController(CurrentUser currentUser, @Value("${ledsagerbevis.version:0.1.0}") String version) {
    this.currentUser = currentUser;
    this.version = version;
  }

  @GetMapping("/api/v1")
  Map<String, Object> root() {
    return Map.of(
        "tjeneste", "Digitalt ledsagerbevis",
        "versjon", version,
        "innloggetSom", currentUser.userId());
  }
}
