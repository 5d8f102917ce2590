package no.ledsagerbevis.access;

import java.util.List;

/** The answer of {@code GET /api/v1/meg}: the caller's municipalities, groups and active group. */
public record Me(String brukernavn, String navn, boolean driftsadministrator, GroupRef aktivGruppe,
    List<Municipality> kommuner) {

  public record GroupRef(String gruppeId, String gruppenavn, boolean aktiv) {
  }

  public record Municipality(String kommunenummer, String kommunenavn, boolean administrator,
      List<GroupRef> grupper) {
  }
}
