package no.ledsagerbevis.system;

import java.time.Duration;
import no.ledsagerbevis.fiks.FiksJobDuration;
import no.ledsagerbevis.fiks.FiksProperties;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when a job could outlive its lock: then another node (or this one) would run it a second
 * time while it is still running. The lock runs from acquisition, and an acquired job may first wait in the
 * job executor's queue behind a running job, so the lock must be longer than two of the longest jobs
 * (docs/reliability.md, «Gjenoppretting»). The lock time is also how long a killed node's jobs wait before
 * anyone retries them, so it cannot simply be made large.
 */
@Component
public class JobLockTimeGuard implements InitializingBean {

  private final Duration lockTime;
  private final FiksJobDuration jobs;

  @Autowired
  public JobLockTimeGuard(CamundaBpmProperties camunda, FiksProperties fiks) {
    this(Duration.ofMillis(camunda.getJobExecution().getLockTimeInMillis()), new FiksJobDuration(fiks));
  }

  JobLockTimeGuard(Duration lockTime, FiksJobDuration jobs) {
    this.lockTime = lockTime;
    this.jobs = jobs;
  }

  @Override
  public void afterPropertiesSet() {
    FiksJobDuration.Job longest = jobs.longestJob();
    Duration worstCase = jobs.worstCase(longest);
    Duration lockedFor = worstCase.multipliedBy(2);
    if (lockedFor.compareTo(lockTime) >= 0) {
      throw new IllegalStateException("Refusing to start: the job lock time (camunda.bpm.job-execution.lock-time-in-millis = "
          + lockTime.toMillis() + ") must be longer than twice the longest job's Fiks timeouts (job '" + longest.name()
          + "': " + worstCase.toMillis() + " ms, so more than " + lockedFor.toMillis() + " ms), or a job still running"
          + " could be run again. Shorten ledsagerbevis.fiks.*-timeout or lengthen the lock time (docs/reliability.md).");
    }
  }
}
