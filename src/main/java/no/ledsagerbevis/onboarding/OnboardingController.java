package no.ledsagerbevis.onboarding;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import no.ledsagerbevis.access.MunicipalityAccess;
import no.ledsagerbevis.configuration.MunicipalitySettingsService;
import no.ledsagerbevis.fiks.FiksUnavailableException;
import no.ledsagerbevis.kommune.Kommune;
import no.ledsagerbevis.kommune.Kommuneregister;
import no.ledsagerbevis.onboarding.OnboardingService.StartedOnboarding;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Starting the onboarding of a municipality, and where it stands. */
@RestController
@RequestMapping("/api/v1/kommuner/{kommunenummer}")
class OnboardingController {

  private final Kommuneregister kommuneregister;
  private final MunicipalityAccess access;
  private final OnboardingService onboarding;
  private final MunicipalityRegistry registry;
  private final MunicipalitySettingsService settings;

  OnboardingController(Kommuneregister kommuneregister, MunicipalityAccess access, OnboardingService onboarding,
      MunicipalityRegistry registry, MunicipalitySettingsService settings) {
    this.kommuneregister = kommuneregister;
    this.access = access;
    this.onboarding = onboarding;
    this.registry = registry;
    this.settings = settings;
  }

  @PostMapping("/onboarding")
  ResponseEntity<StartedOnboarding> start(@PathVariable String kommunenummer) {
    Kommune kommune = kommuneregister.hent(OnboardingService.FELT, kommunenummer);
    access.requireAdministrator(kommune.kommunenummer());
    StartedOnboarding started = onboarding.start(kommune.kommunenummer());
    return ResponseEntity.created(URI.create("/api/v1/kommuner/" + kommune.kommunenummer() + "/status")).body(started);
  }

  /** Fiks forvaltning is down: nothing was started, and trying again later will do. */
  @ExceptionHandler(FiksUnavailableException.class)
  ProblemDetail fiksUnavailable(FiksUnavailableException e, HttpServletRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
        "Fiks forvaltning svarer ikke akkurat nå, så onboardingen ble ikke startet. Prøv igjen om litt.");
    problem.setTitle("Fiks er utilgjengelig");
    problem.setInstance(URI.create(request.getRequestURI()));
    return problem;
  }

  @GetMapping("/status")
  MunicipalityStatusView status(@PathVariable String kommunenummer) {
    Kommune kommune = kommuneregister.hent(OnboardingService.FELT, kommunenummer);
    access.requireAdministrator(kommune.kommunenummer());
    return MunicipalityStatusView.of(kommune.kommunenummer(), kommune.navn(),
        registry.find(kommune.kommunenummer()).orElse(null), settings.resourceStatuses(kommune.kommunenummer()));
  }
}
