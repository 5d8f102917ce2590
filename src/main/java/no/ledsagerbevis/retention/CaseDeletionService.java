package no.ledsagerbevis.retention;

import no.ledsagerbevis.access.MunicipalityAccess;
import no.ledsagerbevis.caseletter.CaseErasure;
import no.ledsagerbevis.caseletter.CaseRepository;
import no.ledsagerbevis.caseletter.ErasureReason;
import no.ledsagerbevis.errors.ConflictException;
import no.ledsagerbevis.errors.NotFoundException;
import no.ledsagerbevis.identity.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A service administrator deletes a case of her municipality before its retention period has run out (a
 * request for erasure, a case created in error). A case whose process still runs is refused: deleting
 * it would pull the data from under a letter being sent or a task being worked on.
 */
@Service
class CaseDeletionService {

  private final MunicipalityAccess access;
  private final CaseRepository cases;
  private final RunningCaseProcesses running;
  private final CaseErasure erasure;
  private final CurrentUser currentUser;

  CaseDeletionService(MunicipalityAccess access, CaseRepository cases, RunningCaseProcesses running,
      CaseErasure erasure, CurrentUser currentUser) {
    this.access = access;
    this.cases = cases;
    this.running = running;
    this.erasure = erasure;
    this.currentUser = currentUser;
  }

  @Transactional
  void delete(String kommunenummer, String gruppeId, String saksId) {
    access.requireAdministrator(kommunenummer);
    cases.find(saksId)
        .filter(sak -> sak.kommunenummer().equals(kommunenummer) && sak.gruppeId().equals(gruppeId))
        .orElseThrow(() -> new NotFoundException("Saken finnes ikke i brukergruppen " + gruppeId + "."));
    if (running.isRunning(saksId)) {
      throw new ConflictException("Saken er fortsatt under behandling og kan ikke slettes. Den kan slettes når "
          + "prosessen «Vedtak og vedtaksbrev» for saken er avsluttet.");
    }
    erasure.erase(saksId, ErasureReason.SLETTET_AV_ADMINISTRATOR, currentUser.userId());
  }
}
