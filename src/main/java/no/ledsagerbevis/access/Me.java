package no.ledsagerbevis.access;

import java.util.List;

/**
 * The answer of {@code GET /api/v1/meg}: the caller's municipalities, groups and active group.
 * {@link #toString()} hides the name: Spring logs response bodies at debug level.
 */
public record Me(String brukernavn, String navn, boolean driftsadministrator, GroupRef aktivGruppe,
    List<Municipality> kommuner) {

  @Override
  public String toString() {
    return "Me[brukernavn=" + brukernavn + ", navn=***, driftsadministrator=" + driftsadministrator
        + ", aktivGruppe=" + aktivGruppe + ", kommuner=" + kommuner + "]";
  }

  public record GroupRef(String gruppeId, String gruppenavn, boolean aktiv) {
  }

  public record Municipality(String kommunenummer, String kommunenavn, boolean administrator,
      List<GroupRef> grupper) {
  }
}
