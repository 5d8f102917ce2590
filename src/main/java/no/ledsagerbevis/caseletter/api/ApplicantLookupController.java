package no.ledsagerbevis.caseletter.api;

import no.ledsagerbevis.caseletter.ApplicantLookup;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST .../grupper/{g}/folkeregister/oppslag} {@code {fnr}}: the fødselsnummer in the body, never in a URL. */
@RestController
class ApplicantLookupController {

  private final ApplicantLookup lookup;

  ApplicantLookupController(ApplicantLookup lookup) {
    this.lookup = lookup;
  }

  @PostMapping("/api/v1/kommuner/{kommunenummer}/grupper/{gruppeId}/folkeregister/oppslag")
  ApplicantLookup.Applicant lookUp(@PathVariable String kommunenummer, @PathVariable String gruppeId,
      @RequestBody Request request) {
    return lookup.lookUp(kommunenummer, gruppeId, request.fnr());
  }

  record Request(String fnr) {
    @Override
    public String toString() {
      return "Request[***]";
    }
  }
}
