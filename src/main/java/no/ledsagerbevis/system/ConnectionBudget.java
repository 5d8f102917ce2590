package no.ledsagerbevis.system;

/**
 * How many database connections the job executor can hold at most, and whether the pool leaves the API its
 * reserve beside them. A job holds its connection for the whole job, Fiks calls included, and for a moment a
 * second one (a sending mark committed in its own transaction before the SMS goes out); the acquisition thread
 * holds one while it locks jobs. The in-app Fiks simulator does not count: it has a pool of its own.
 */
public record ConnectionBudget(int poolSize, boolean jobExecutionEnabled, int jobThreads, int apiReserve) {

  static final int CONNECTIONS_PER_JOB = 2;
  static final int ACQUISITION = 1;

  public int jobShare() {
    return jobExecutionEnabled ? jobThreads * CONNECTIONS_PER_JOB + ACQUISITION : 0;
  }

  public int required() {
    return jobShare() + apiReserve;
  }

  public boolean suffices() {
    return poolSize >= required();
  }

  /** Why the app refuses to start, naming the settings to change. */
  public String refusal() {
    return "Refusing to start: the database pool (spring.datasource.hikari.maximum-pool-size=" + poolSize
        + ") is too small. The job executor can hold " + jobShare() + " connections (camunda.bpm.job-execution"
        + ".max-pool-size=" + jobThreads + " threads x " + CONNECTIONS_PER_JOB + " + " + ACQUISITION
        + " for job acquisition) and the API needs its reserve of " + apiReserve
        + " (ledsagerbevis.database.api-reserve): at least " + required() + ". Raise maximum-pool-size or lower"
        + " the job executor's max-pool-size (docs/operations.md, «Databaseforbindelser»).";
  }
}
