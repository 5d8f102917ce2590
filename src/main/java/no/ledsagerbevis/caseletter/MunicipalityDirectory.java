package no.ledsagerbevis.caseletter;

import no.ledsagerbevis.kommune.Kommuneregister;
import org.springframework.stereotype.Component;

/** The municipality's name, for letters and SMS. */
@Component
class MunicipalityDirectory {

  private final Kommuneregister kommuneregister;

  MunicipalityDirectory(Kommuneregister kommuneregister) {
    this.kommuneregister = kommuneregister;
  }

  /** "Oslo kommune". */
  String kommunenavn(String kommunenummer) {
    return kommuneregister.finn(kommunenummer)
        .map(kommune -> kommune.navn() + " kommune")
        .orElseThrow(() -> new IllegalStateException("Unknown kommunenummer " + kommunenummer));
  }
}
