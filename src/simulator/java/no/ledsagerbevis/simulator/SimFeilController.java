package no.ledsagerbevis.simulator;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Control API of the fault injection: add a fault, list the active ones, clear them all (docs/fiks.md). */
@RestController
@ConditionalOnSimulator
class SimFeilController {

  static final String STI = "/fiks-simulator/api/feil";

  private final SimFeilregister register;

  SimFeilController(SimFeilregister register) {
    this.register = register;
  }

  @PostMapping(STI)
  ResponseEntity<Map<String, Object>> leggTil(@RequestBody FeilRequest request) {
    SimTjeneste tjeneste = SimTjeneste.fraNavn(request.tjeneste()).orElseThrow(() -> ugyldig("Ukjent tjeneste «"
        + request.tjeneste() + "». Gyldige: " + Arrays.stream(SimTjeneste.values()).map(SimTjeneste::navn)
        .collect(Collectors.joining(", ")) + "."));
    SimFeiltype type = Arrays.stream(SimFeiltype.values()).filter(t -> t.name().equals(request.type())).findFirst()
        .orElseThrow(() -> ugyldig("Ukjent type «" + request.type() + "». Gyldige: "
            + Arrays.stream(SimFeiltype.values()).map(Enum::name).collect(Collectors.joining(", ")) + "."));
    if (request.antall() != null && request.antall() < 1) {
      throw ugyldig("antall må være minst 1 (utelatt: hvert kall til feilen fjernes).");
    }
    SimFeilregister.Feil feil = register.leggTil(tjeneste, type, forsinkelse(request.forsinkelse()), request.antall());
    return ResponseEntity.status(HttpStatus.CREATED).body(feil.somJson());
  }

  @GetMapping(STI)
  List<Map<String, Object>> aktive() {
    return register.aktive().stream().map(SimFeilregister.Feil::somJson).toList();
  }

  @DeleteMapping(STI)
  ResponseEntity<Void> tom() {
    register.tom();
    return ResponseEntity.noContent().build();
  }

  private static Duration forsinkelse(String tekst) {
    if (tekst == null || tekst.isBlank()) {
      return null;
    }
    try {
      Duration forsinkelse = Duration.parse(tekst.trim());
      if (forsinkelse.isNegative()) {
        throw ugyldig("forsinkelse kan ikke være negativ.");
      }
      return forsinkelse;
    } catch (DateTimeParseException e) {
      throw ugyldig("forsinkelse må være en ISO 8601-varighet, for eksempel PT10S.");
    }
  }

  private static SimulatorException ugyldig(String melding) {
    return new SimulatorException(HttpStatus.BAD_REQUEST, "UGYLDIG_FEIL", melding);
  }

  record FeilRequest(String tjeneste, String type, String forsinkelse, Integer antall) {
  }
}
