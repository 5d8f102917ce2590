package no.ledsagerbevis.configuration;

import no.ledsagerbevis.fiks.FiksOrgId;
import no.ledsagerbevis.fiks.forvaltning.ForvaltningClient;
import no.ledsagerbevis.fiks.forvaltning.Ressurs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Creates the register role, the dokumentlager account or the varsling account in Fiks, or reuses the
 * one that exists (Fiks forvaltning's create-or-get is idempotent), and records its id (K9).
 */
@Service
class FiksResourceService {

  private static final Logger log = LoggerFactory.getLogger(FiksResourceService.class);

  private final ForvaltningClient forvaltning;
  private final SettingsWriter writer;

  FiksResourceService(ForvaltningClient forvaltning, SettingsWriter writer) {
    this.forvaltning = forvaltning;
    this.writer = writer;
  }

  /** The resource's id; {@code endretAv} is the administrator who accepted the creation. */
  String createOrReuse(String kommunenummer, FiksOrgId fiksOrgId, FiksResourceType type, String endretAv) {
    Ressurs ressurs = switch (type) {
      case REGISTER_ROLLE -> forvaltning.opprettEllerHentRegisterRolle(fiksOrgId.value());
      case DOKUMENTLAGER_KONTO -> forvaltning.opprettEllerHentDokumentlagerKonto(fiksOrgId.value());
      case VARSLING_KONTO -> forvaltning.opprettEllerHentVarslingKonto(fiksOrgId.value());
    };
    if (!ressurs.opprettet() || ressurs.id() == null) {
      throw new IllegalStateException("Fiks forvaltning did not create " + type + " for municipality "
          + kommunenummer + " (status " + ressurs.status() + ")");
    }
    writer.recordResource(kommunenummer, type, ressurs.id(), ressurs.nyOpprettet(), endretAv);
    log.info("{} for municipality {}: {} ({})", type, kommunenummer, ressurs.id(),
        ressurs.nyOpprettet() ? "created" : "existing, reused");
    return ressurs.id();
  }
}
