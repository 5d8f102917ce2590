package no.ledsagerbevis.configuration;

import java.util.List;
import no.ledsagerbevis.fiks.FiksOrgId;
import no.ledsagerbevis.fiks.forvaltning.ForvaltningClient;
import no.ledsagerbevis.fiks.forvaltning.SvarUtKonto;
import org.springframework.stereotype.Service;

/** The municipality's SvarUt accounts that the service may send through: only active ones (K7). */
@Service
class SvarUtAccounts {

  private final ForvaltningClient forvaltning;

  SvarUtAccounts(ForvaltningClient forvaltning) {
    this.forvaltning = forvaltning;
  }

  List<SvarUtKonto> active(FiksOrgId fiksOrgId) {
    return forvaltning.svarUtKontoer(fiksOrgId.value()).stream().filter(SvarUtKonto::aktiv).toList();
  }

  List<String> activeIds(FiksOrgId fiksOrgId) {
    return active(fiksOrgId).stream().map(SvarUtKonto::kontoId).toList();
  }
}
