package no.ledsagerbevis.configuration;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import no.ledsagerbevis.fiks.FiksUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/kommuner/{kommunenummer}}: a municipality's settings and their audit trail (K11). */
@RestController
@RequestMapping("/api/v1/kommuner/{kommunenummer}")
class SettingsController {

  private static final Logger log = LoggerFactory.getLogger(SettingsController.class);

  private final SettingsApiService service;

  SettingsController(SettingsApiService service) {
    this.service = service;
  }

  @GetMapping
  SettingsView get(@PathVariable String kommunenummer) {
    return SettingsView.of(service.get(kommunenummer));
  }

  @PutMapping
  SettingsView put(@PathVariable String kommunenummer, @RequestBody SettingsRequest request) {
    return SettingsView.of(service.update(kommunenummer, request));
  }

  @GetMapping("/endringslogg")
  List<ChangeView> changes(@PathVariable String kommunenummer) {
    return service.changes(kommunenummer).stream().map(ChangeView::of).toList();
  }

  /** One audit entry as the API shows it. */
  record ChangeView(OffsetDateTime tidspunkt, String endretAv, ChangeSource kilde, String felt, String gammelVerdi,
      String nyVerdi) {

    static ChangeView of(SettingsChange c) {
      return new ChangeView(c.tidspunkt(), c.endretAv(), c.kilde(), c.felt(), c.gammelVerdi(), c.nyVerdi());
    }
  }

  /** Checking the SvarUt account needs Fiks; when Fiks is down nothing is saved and the caller may retry. */
  @ExceptionHandler(FiksUnavailableException.class)
  ProblemDetail fiksUnavailable(FiksUnavailableException e, jakarta.servlet.http.HttpServletRequest request) {
    log.warn("Fiks forvaltning unavailable while checking settings: {}", e.getMessage());
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
        "Fiks svarer ikke akkurat nå, så SvarUt-kontoen kunne ikke kontrolleres. Ingenting er lagret. Prøv igjen senere.");
    problem.setTitle("Tjenesten er midlertidig utilgjengelig");
    problem.setInstance(URI.create(request.getRequestURI()));
    return problem;
  }
}
