package no.ledsagerbevis.system;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.ledsagerbevis.agreement.AgreementSigningProcess;
import no.ledsagerbevis.caseletter.ProcessVariables;
import no.ledsagerbevis.configuration.ConfigurationProcess;
import no.ledsagerbevis.onboarding.OnboardingProcess;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start, moves running instances of our processes from older versions to the latest, activity by equal id.
 * An older version's completion listeners may rely on work that a newer version does in a step of its own
 * (issue 9: «Registrer vedtak» after «Vurder søknad»), so an instance left on the old version would lose it.
 * They move a page at a time ({@code ledsagerbevis.process-migration.page-size}, 500 by default; a municipality may have
 * tens of thousands of open cases, and moving them at once loads every one into memory: out of heap at 100,000).
 * An instance that cannot be moved stays where it is, and the log says so; the others move all the same.
 * It is tried again at the next start: an instance waiting in a job of a save point the newer version no
 * longer has (its transition instance has no target) moves once that job has run.
 */
@Component
public class ProcessVersionMigration {

  private static final Logger log = LoggerFactory.getLogger(ProcessVersionMigration.class);
  static final List<String> PROCESS_KEYS = List.of(OnboardingProcess.PROCESS_KEY, AgreementSigningProcess.PROCESS_KEY,
      ConfigurationProcess.PROCESS_KEY, ProcessVariables.PROCESS_KEY);
  /**
   * Activities that kept their id but moved into another scope, which {@code mapEqualActivities} does not map.
   * The decision letter's poll timer moved into {@code SubProcess_TrackDelivery}: an instance waiting
   * for its next poll gets the sub-process and its give-up timer around it.
   */
  static final Map<String, List<String>> MOVED_ACTIVITIES = Map.of(
      ProcessVariables.PROCESS_KEY, List.of(ProcessVariables.EVENT_WAIT_FOR_DELIVERY_STATUS));

  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;
  private final int pageSize;

  ProcessVersionMigration(RepositoryService repositoryService, RuntimeService runtimeService,
      @Value("${ledsagerbevis.process-migration.page-size:500}") int pageSize) {
    if (pageSize < 1) {
      throw new IllegalArgumentException("ledsagerbevis.process-migration.page-size must be at least 1");
    }
    this.repositoryService = repositoryService;
    this.runtimeService = runtimeService;
    this.pageSize = pageSize;
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
    long running = runningOn(older).count();
    if (running == 0) {
      return;
    }
    MigrationPlan plan;
    try {
      plan = plan(older, latest);
    } catch (RuntimeException e) {
      log.warn("No migration plan from {} version {} to {} ({} running instances stay): {}", older.getKey(),
          older.getVersion(), latest.getVersion(), running, e.getMessage());
      return;
    }
    int moved = 0;
    int stayed = 0;
    // Oldest id first: what moved leaves the query, what stayed is in front of the rest, so it is skipped by offset.
    for (List<String> page = page(older, stayed); !page.isEmpty(); page = page(older, stayed)) {
      int stayedOnPage = migratePage(plan, page, older);
      moved += page.size() - stayedOnPage;
      stayed += stayedOnPage;
      if (running > pageSize) {
        log.info("Moving {} from version {} to {}: {} of {} moved, {} stay", older.getKey(), older.getVersion(),
            latest.getVersion(), moved, running, stayed);
      }
    }
    log.info("Moved {} running instances of {} from version {} to {}; {} stay", moved, older.getKey(),
        older.getVersion(), latest.getVersion(), stayed);
  }

  private ProcessInstanceQuery runningOn(ProcessDefinition definition) {
    return runtimeService.createProcessInstanceQuery().processDefinitionId(definition.getId());
  }

  private List<String> page(ProcessDefinition older, int skip) {
    return runningOn(older).orderByProcessInstanceId().asc().listPage(skip, pageSize).stream()
        .map(ProcessInstance::getId).toList();
  }

  /** One transaction for the page; if any instance of it cannot move, each is tried on its own. Returns how many stay. */
  private int migratePage(MigrationPlan plan, List<String> ids, ProcessDefinition older) {
    try {
      runtimeService.newMigration(plan).processInstanceIds(ids).execute();
      return 0;
    } catch (RuntimeException pageFailure) {
      int stayed = 0;
      for (String id : ids) {
        try {
          runtimeService.newMigration(plan).processInstanceIds(id).execute();
        } catch (RuntimeException e) {
          stayed++;
          log.warn("Instance {} of {} stays on version {}: {}", id, older.getKey(), older.getVersion(),
              e.getMessage());
        }
      }
      return stayed;
    }
  }

  /** Equal activities, and those of {@link #MOVED_ACTIVITIES} that the older version has in another scope. */
  private MigrationPlan plan(ProcessDefinition older, ProcessDefinition latest) {
    MigrationPlan equal = builder(older, latest).build();
    Set<String> mapped = equal.getInstructions().stream().map(MigrationInstruction::getSourceActivityId)
        .collect(Collectors.toSet());
    List<String> moved = MOVED_ACTIVITIES.getOrDefault(older.getKey(), List.of()).stream()
        .filter(id -> !mapped.contains(id))
        .filter(id -> repositoryService.getBpmnModelInstance(older.getId()).getModelElementById(id) != null)
        .toList();
    if (moved.isEmpty()) {
      return equal;
    }
    MigrationPlanBuilder builder = builder(older, latest);
    moved.forEach(id -> builder.mapActivities(id, id).updateEventTrigger());
    return builder.build();
  }

  private MigrationPlanBuilder builder(ProcessDefinition older, ProcessDefinition latest) {
    return runtimeService.createMigrationPlan(older.getId(), latest.getId()).mapEqualActivities().updateEventTriggers();
  }
}
