package no.ledsagerbevis.caseletter;

import java.util.List;
import no.ledsagerbevis.fiks.dokumentlager.DokumentlagerClient;
import no.ledsagerbevis.identity.AsSystem;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes a case's personal data everywhere we keep it: the photo in the municipality's dokumentlager
 * account, our rows (case, photo, letter PDF, history) and the engine's history of its process. A record
 * without personal data stays. Safe to repeat: a case already deleted is left alone, and dokumentlager
 * treats a document already gone as deleted.
 */
@Service
public class CaseErasure {

  private static final Logger log = LoggerFactory.getLogger(CaseErasure.class);

  private final CaseRepository cases;
  private final ErasedCaseRepository erased;
  private final MunicipalityAccounts accounts;
  private final DokumentlagerClient dokumentlager;
  private final HistoryService historyService;
  private final AsSystem asSystem;

  CaseErasure(CaseRepository cases, ErasedCaseRepository erased, MunicipalityAccounts accounts,
      DokumentlagerClient dokumentlager, HistoryService historyService,
      AsSystem asSystem) {
    this.cases = cases;
    this.erased = erased;
    this.accounts = accounts;
    this.dokumentlager = dokumentlager;
    this.historyService = historyService;
    this.asSystem = asSystem;
  }

  /**
   * Only for a case whose process has ended: the engine refuses to delete the history of a running one.
   *
   * @param slettetAv the administrator's user id, or null for the retention process
   */
  @Transactional
  public void erase(String saksId, ErasureReason grunn, String slettetAv) {
    CompanionCase sak = cases.find(saksId).orElse(null);
    if (sak == null) {
      return;
    }
    if (sak.bildeDokumentId() != null) {
      dokumentlager.slett(accounts.fiksOrgId(sak.kommunenummer()), accounts.dokumentlagerKontoId(sak.kommunenummer()),
          sak.bildeDokumentId());
    }
    erased.replaceByRecord(sak, grunn, slettetAv);
    asSystem.run(() -> {
      List<String> instanceIds = historyService.createHistoricProcessInstanceQuery()
          .processDefinitionKey(ProcessVariables.PROCESS_KEY).processInstanceBusinessKey(saksId).list().stream()
          .map(HistoricProcessInstance::getId).toList();
      if (!instanceIds.isEmpty()) {
        historyService.deleteHistoricProcessInstancesIfExists(instanceIds);
      }
    });
    log.info("Case {} of municipality {} erased: {} (by {})", saksId, sak.kommunenummer(), grunn,
        slettetAv == null ? "the retention process" : slettetAv);
  }
}
