package no.ledsagerbevis.operations.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import no.ledsagerbevis.onboarding.OnboardingStatus;

/**
 * What the gauges show, read from the database at one moment: onboardings per status, open incidents per
 * process, and the job executor's queue (due, locked, suspended, the age of the oldest due job).
 */
record OperationsSnapshot(Instant readAt, Map<OnboardingStatus, Long> onboardings, Map<String, Long> incidentsByProcess,
    long jobsDue, long jobsLocked, long jobsSuspended, Instant oldestDue) {

  long onboardings(OnboardingStatus status) {
    return onboardings.getOrDefault(status, 0L);
  }

  long incidents(String processKey) {
    return incidentsByProcess.getOrDefault(processKey, 0L);
  }

  double oldestDueAgeSeconds() {
    return oldestDue == null ? 0 : Math.max(0, Duration.between(oldestDue, readAt).toMillis() / 1000.0);
  }
}
