package no.ledsagerbevis.onboarding;

import java.time.OffsetDateTime;
import no.ledsagerbevis.configuration.ResourceStatus;
import no.ledsagerbevis.configuration.ResourceStatuses;

/**
 * What {@code GET /api/v1/kommuner/{k}/status} answers: the onboarding state ({@code IKKE_STARTET}
 * before the first onboarding) and whether each Fiks resource of the service has been created.
 */
record MunicipalityStatusView(
    String kommunenummer,
    String kommunenavn,
    String status,
    String prosessInstansId,
    OffsetDateTime sistEndret,
    OffsetDateTime aktivert,
    ResourceStatus svarutKontoStatus,
    ResourceStatus rolleStatus,
    ResourceStatus dokumentlagerKontoStatus,
    ResourceStatus varslingKontoStatus) {

  static final String IKKE_STARTET = "IKKE_STARTET";

  static MunicipalityStatusView of(String kommunenummer, String kommunenavn, Municipality municipality,
      ResourceStatuses resources) {
    return new MunicipalityStatusView(kommunenummer, kommunenavn,
        municipality == null ? IKKE_STARTET : municipality.status().name(),
        municipality == null ? null : municipality.processInstanceId(),
        municipality == null ? null : municipality.endret(),
        municipality == null ? null : municipality.aktivert(),
        resources.svarutKontoStatus(), resources.rolleStatus(), resources.dokumentlagerKontoStatus(),
        resources.varslingKontoStatus());
  }
}
