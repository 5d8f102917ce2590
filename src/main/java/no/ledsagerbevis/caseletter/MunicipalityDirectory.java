package no.ledsagerbevis.caseletter;

import no.ledsagerbevis.fiks.forvaltning.ForvaltningClient;
import no.ledsagerbevis.kommune.Kommuneregister;
import org.springframework.stereotype.Component;

/** The municipality's name (for letters and SMS) and its fiksOrgId in Fiks (for dokumentlager). */
@Component
class MunicipalityDirectory {

  private final Kommuneregister kommuneregister;
  private final ForvaltningClient forvaltning;

  MunicipalityDirectory(Kommuneregister kommuneregister, ForvaltningClient forvaltning) {
    this.kommuneregister = kommuneregister;
    this.forvaltning = forvaltning;
  }

  /** "Oslo kommune". */
  String kommunenavn(String kommunenummer) {
    return kommuneregister.finn(kommunenummer)
        .map(kommune -> kommune.navn() + " kommune")
        .orElseThrow(() -> new IllegalStateException("Unknown kommunenummer " + kommunenummer));
  }

  String fiksOrgId(String kommunenummer) {
    return forvaltning.hentOrganisasjon(kommunenummer).fiksOrgId();
  }
}
