package no.ledsagerbevis.caseletter;

import no.ledsagerbevis.access.AccessIds;
import no.ledsagerbevis.access.MunicipalityAccess;
import no.ledsagerbevis.errors.ForbiddenException;
import no.ledsagerbevis.errors.NotFoundException;
import no.ledsagerbevis.identity.AsSystem;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * Who may reach a group's cases: its members and the municipality's administrators (through
 * {@link MunicipalityAccess}); the group must exist and belong to the municipality in the path.
 */
@Component
class CaseAccess {

  private final MunicipalityAccess municipalityAccess;
  private final IdentityService identityService;
  private final AsSystem asSystem;

  CaseAccess(MunicipalityAccess municipalityAccess, IdentityService identityService, AsSystem asSystem) {
    this.municipalityAccess = municipalityAccess;
    this.identityService = identityService;
    this.asSystem = asSystem;
  }

  void requireGroup(String kommunenummer, String gruppeId) {
    if (!belongsTo(kommunenummer, gruppeId)) {
      throw new NotFoundException("Brukergruppen " + gruppeId + " finnes ikke i kommune " + kommunenummer + ".");
    }
    municipalityAccess.requireGroupMember(kommunenummer, gruppeId);
    long groups = asSystem.call(() -> identityService.createGroupQuery().groupId(gruppeId).count());
    if (groups == 0) {
      throw new NotFoundException("Brukergruppen " + gruppeId + " finnes ikke i kommune " + kommunenummer + ".");
    }
  }

  /** Whether the current user may reach the group's cases now (its active group, or as an administrator). */
  boolean mayReach(String kommunenummer, String gruppeId) {
    try {
      requireGroup(kommunenummer, gruppeId);
      return true;
    } catch (ForbiddenException | NotFoundException e) {
      return false;
    }
  }

  private static boolean belongsTo(String kommunenummer, String gruppeId) {
    if (kommunenummer == null || !kommunenummer.matches("\\d{4}")) {
      return false;
    }
    try {
      return AccessIds.kommunenummerOfGroup(gruppeId).equals(kommunenummer)
          && !gruppeId.equals(AccessIds.administratorGroupId(kommunenummer));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
