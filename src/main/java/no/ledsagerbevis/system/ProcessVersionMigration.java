package no.ledsagerbevis.system;

import java.util.List;
import no.ledsagerbevis.agreement.AgreementSigningProcess;
import no.ledsagerbevis.caseletter.ProcessVariables;
import no.ledsagerbevis.configuration.ConfigurationProcess;
import no.ledsagerbevis.onboarding.OnboardingProcess;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start, moves running instances of our processes from older versions to the latest, activity by equal id.
 * An older version's completion listeners may rely on work that a newer version does in a step of its own
 * (issue 9: «Registrer vedtak» after «Vurder søknad»), so an instance left on the old version would lose it.
 * An instance that cannot be moved stays where it is, and the log says so.
 */
@Component
class ProcessVersionMigration {

  private static final Logger log = LoggerFactory.getLogger(ProcessVersionMigration.class);
  static final List<String> PROCESS_KEYS = List.of(OnboardingProcess.PROCESS_KEY, AgreementSigningProcess.PROCESS_KEY,
      ConfigurationProcess.PROCESS_KEY, ProcessVariables.PROCESS_KEY);

  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;

  ProcessVersionMigration(RepositoryService repositoryService, RuntimeService runtimeService) {
    this.repositoryService = repositoryService;
    this.runtimeService = runtimeService;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void migrateToLatest() {
    for (String key : PROCESS_KEYS) {
      ProcessDefinition latest = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
          .withoutTenantId().latestVersion().singleResult();
      if (latest == null) {
        continue;
      }
      for (ProcessDefinition older : repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
          .withoutTenantId().list()) {
        if (older.getVersion() < latest.getVersion()) {
          migrate(older, latest);
        }
      }
    }
  }

  private void migrate(ProcessDefinition older, ProcessDefinition latest) {
    long running = runtimeService.createProcessInstanceQuery().processDefinitionId(older.getId()).count();
    if (running == 0) {
      return;
    }
    try {
      MigrationPlan plan = runtimeService.createMigrationPlan(older.getId(), latest.getId())
          .mapEqualActivities().updateEventTriggers().build();
      runtimeService.newMigration(plan)
          .processInstanceQuery(runtimeService.createProcessInstanceQuery().processDefinitionId(older.getId()))
          .execute();
      log.info("Moved {} running instances of {} from version {} to {}", running, older.getKey(),
          older.getVersion(), latest.getVersion());
    } catch (RuntimeException e) {
      log.warn("Could not move the {} running instances of {} version {} to version {}: {}", running,
          older.getKey(), older.getVersion(), latest.getVersion(), e.getMessage());
    }
  }
}
