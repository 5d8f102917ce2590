package no.ledsagerbevis.caseletter.api;

import no.ledsagerbevis.caseletter.DecisionLetterPreview;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The preview of a case's decision letter for the decision being considered; the same access as the case. */
@RestController
class DecisionLetterPreviewController {

  private final DecisionLetterPreview preview;

  DecisionLetterPreviewController(DecisionLetterPreview preview) {
    this.preview = preview;
  }

  @GetMapping("/api/v1/kommuner/{kommunenummer}/grupper/{gruppeId}/saker/{saksId}/vedtaksbrev/forhandsvisning")
  ResponseEntity<byte[]> preview(@PathVariable String kommunenummer, @PathVariable String gruppeId,
      @PathVariable String saksId, @RequestParam(required = false) String vedtak,
      @RequestParam(required = false) String antallLedsagere, @RequestParam(required = false) String utlopsdato) {
    byte[] pdf = preview.render(kommunenummer, gruppeId, saksId, vedtak, antallLedsagere, utlopsdato);
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename("forhandsvisning-vedtaksbrev.pdf").build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store").header("X-Content-Type-Options", "nosniff")
        .body(pdf);
  }
}
