package no.ledsagerbevis.simulator;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A stand-in for Maskinporten's token endpoint: issues short-lived tokens for scope {@code ks:fiks}. */
@RestController
@ConditionalOnSimulator
class SimTokenController {

  private final SimulatorTokens tokens;

  SimTokenController(SimulatorTokens tokens) {
    this.tokens = tokens;
  }

  @PostMapping(path = "/fiks-simulator/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  ResponseEntity<Map<String, Object>> token(@RequestParam(name = "grant_type", required = false) String grantType,
      @RequestParam(name = "scope", required = false) String scope) {
    if (grantType == null || grantType.isBlank()) {
      return ResponseEntity.status(HttpStatus.BAD_REQUEST)
          .body(Map.of("error", "invalid_request", "error_description", "grant_type mangler"));
    }
    if (scope == null || !scope.contains("ks:fiks")) {
      return ResponseEntity.status(HttpStatus.BAD_REQUEST)
          .body(Map.of("error", "invalid_scope", "error_description", "Simulatoren utsteder bare scope ks:fiks"));
    }
    return ResponseEntity.ok(Map.of("access_token", tokens.issue(), "token_type", "Bearer",
        "expires_in", tokens.lifetimeSeconds(), "scope", "ks:fiks"));
  }
}
