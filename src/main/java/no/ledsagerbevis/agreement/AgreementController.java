package no.ledsagerbevis.agreement;

import no.ledsagerbevis.access.MunicipalityAccess;
import no.ledsagerbevis.errors.NotFoundException;
import no.ledsagerbevis.kommune.Kommune;
import no.ledsagerbevis.kommune.Kommuneregister;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The municipality's newest tjenestebilag as PDF (signed when it is), for reading before signing. */
@RestController
class AgreementController {

  private final Kommuneregister kommuneregister;
  private final MunicipalityAccess access;
  private final AgreementRepository repository;

  AgreementController(Kommuneregister kommuneregister, MunicipalityAccess access, AgreementRepository repository) {
    this.kommuneregister = kommuneregister;
    this.access = access;
    this.repository = repository;
  }

  @GetMapping("/api/v1/kommuner/{kommunenummer}/tjenestebilag")
  ResponseEntity<byte[]> latest(@PathVariable String kommunenummer) {
    Kommune kommune = kommuneregister.hent("kommunenummer", kommunenummer);
    access.requireAdministrator(kommune.kommunenummer());
    Agreement agreement = repository.latest(kommune.kommunenummer()).orElseThrow(() -> new NotFoundException(
        "Det er ikke laget noe tjenestebilag for " + kommune.navn() + " ennå."));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(agreement.filnavn()).build().toString())
        .body(agreement.signert() ? agreement.signertPdf() : agreement.usignertPdf());
  }
}
