package no.ledsagerbevis.retention;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code DELETE /api/v1/kommuner/{k}/grupper/{g}/saker/{saksId}}: for the municipality's service administrators. */
@RestController
class CaseDeletionController {

  private final CaseDeletionService deletion;

  CaseDeletionController(CaseDeletionService deletion) {
    this.deletion = deletion;
  }

  @DeleteMapping("/api/v1/kommuner/{kommunenummer}/grupper/{gruppeId}/saker/{saksId}")
  ResponseEntity<Void> delete(@PathVariable String kommunenummer, @PathVariable String gruppeId,
      @PathVariable String saksId) {
    deletion.delete(kommunenummer, gruppeId, saksId);
    return ResponseEntity.noContent().build();
  }
}
