package no.ledsagerbevis.agreement;

import no.ledsagerbevis.fiks.FiksOrgId;
import no.ledsagerbevis.fiks.forvaltning.ForvaltningClient;
import no.ledsagerbevis.fiks.forvaltning.SvarUtKonto;
import org.springframework.stereotype.Component;

/** Which Fiks accounts keep and send the signed tjenestebilag (see {@link AgreementProperties}). */
@Component
class AgreementAccounts {

  private final AgreementProperties properties;
  private final ForvaltningClient forvaltning;

  AgreementAccounts(AgreementProperties properties, ForvaltningClient forvaltning) {
    this.properties = properties;
    this.forvaltning = forvaltning;
  }

  /**
   * The operator's dokumentlager account, or else the municipality's own, created or reused through
   * Fiks forvaltning (idempotent: the configuration process later finds and reuses the same account).
   */
  AgreementProperties.Dokumentlager dokumentlager(FiksOrgId fiksOrgId) {
    AgreementProperties.Dokumentlager konto = properties.dokumentlager();
    if (!isBlank(konto.fiksOrgId()) && !isBlank(konto.kontoId())) {
      return konto;
    }
    return new AgreementProperties.Dokumentlager(fiksOrgId.value(),
        forvaltning.opprettEllerHentDokumentlagerKonto(fiksOrgId.value()).id());
  }

  /** The operator's SvarUt account, or else the municipality's first active one. */
  String svarUtKonto(FiksOrgId fiksOrgId) {
    if (!isBlank(properties.svarutKontoId())) {
      return properties.svarutKontoId();
    }
    return forvaltning.svarUtKontoer(fiksOrgId.value()).stream().filter(SvarUtKonto::aktiv).map(SvarUtKonto::kontoId)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("The municipality has no active SvarUt account and "
            + "ledsagerbevis.agreement.svarut-konto-id is not set"));
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
