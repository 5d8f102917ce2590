package no.ledsagerbevis.operations.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.ToDoubleFunction;
import no.ledsagerbevis.onboarding.OnboardingStatus;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The gauges next to JVM, HTTP and Hikari metrics: {@code ledsagerbevis_onboardings{status}},
 * {@code ledsagerbevis_incidents_open{process}}, {@code ledsagerbevis_jobs_due}, {@code ledsagerbevis_jobs_locked},
 * {@code ledsagerbevis_jobs_suspended} and {@code ledsagerbevis_jobs_oldest_due_age_seconds}, all from one
 * cached {@link OperationsSnapshot}.
 */
@Component
class OperationsGauges {

  private final MeterRegistry registry;
  private final OperationsSnapshots snapshots;
  private final RepositoryService repositoryService;

  OperationsGauges(MeterRegistry registry, OperationsSnapshots snapshots, RepositoryService repositoryService) {
    this.registry = registry;
    this.snapshots = snapshots;
    this.repositoryService = repositoryService;
    for (OnboardingStatus status : OnboardingStatus.values()) {
      gauge("ledsagerbevis.onboardings", "Kommuner per onboardingstatus", s -> s.onboardings(status), "status", status.name());
    }
    gauge("ledsagerbevis.jobs.due", "Jobber som skal kjøres nå og ikke er låst", OperationsSnapshot::jobsDue);
    gauge("ledsagerbevis.jobs.locked", "Jobber som en jobbutfører holder på med", OperationsSnapshot::jobsLocked);
    gauge("ledsagerbevis.jobs.suspended", "Suspenderte jobber (f.eks. SvarUt-sendinger satt på pause)",
        OperationsSnapshot::jobsSuspended);
    Gauge.builder("ledsagerbevis.jobs.oldest.due.age", snapshots, s -> s.current().oldestDueAgeSeconds())
        .description("Alder på den eldste jobben som venter på å bli kjørt").baseUnit("seconds").register(registry);
  }

  /** One gauge per deployed process: the engine has deployed processes/ by the time the app is ready. */
  @EventListener(ApplicationReadyEvent.class)
  void registerIncidentGauges() {
    repositoryService.createProcessDefinitionQuery().latestVersion().list().stream()
        .map(ProcessDefinition::getKey).distinct()
        .forEach(key -> gauge("ledsagerbevis.incidents.open", "Åpne hendelser (incidents) per prosess",
            s -> s.incidents(key), "process", key));
  }

  private void gauge(String name, String description, ToDoubleFunction<OperationsSnapshot> value, String... tags) {
    Gauge.builder(name, snapshots, s -> value.applyAsDouble(s.current())).description(description).tags(tags)
        .register(registry);
  }
}
