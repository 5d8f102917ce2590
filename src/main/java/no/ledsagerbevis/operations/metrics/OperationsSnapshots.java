package no.ledsagerbevis.operations.metrics;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import no.ledsagerbevis.onboarding.MunicipalityRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads {@link OperationsSnapshot} at most once per time to live (default 30 s), however often Prometheus
 * scrapes and however many gauges ask: five small aggregate queries on Camunda's runtime tables and ours.
 * Camunda's tables are read with SQL because its query API has no "locked" or "oldest due" filter.
 */
@Component
class OperationsSnapshots {

  /** Due: active, with retries left, due now, and not locked by a job executor (the acquisition's own rule). */
  private static final String DUE = "FROM ACT_RU_JOB WHERE SUSPENSION_STATE_ = 1 AND RETRIES_ > 0 "
      + "AND (DUEDATE_ IS NULL OR DUEDATE_ <= ?) AND (LOCK_EXP_TIME_ IS NULL OR LOCK_EXP_TIME_ <= ?)";

  private final JdbcTemplate jdbc;
  private final MunicipalityRegistry municipalities;
  private final Duration timeToLive;
  private final Clock clock;
  private volatile OperationsSnapshot last;

  @Autowired
  OperationsSnapshots(JdbcTemplate jdbc, MunicipalityRegistry municipalities,
      @Value("${ledsagerbevis.operations.metrics-cache-time-to-live:PT30S}") Duration timeToLive) {
    this(jdbc, municipalities, timeToLive, Clock.systemUTC());
  }

  OperationsSnapshots(JdbcTemplate jdbc, MunicipalityRegistry municipalities, Duration timeToLive, Clock clock) {
    this.jdbc = jdbc;
    this.municipalities = municipalities;
    this.timeToLive = timeToLive;
    this.clock = clock;
  }

  OperationsSnapshot current() {
    OperationsSnapshot snapshot = last;
    if (snapshot == null || snapshot.readAt().plus(timeToLive).isBefore(clock.instant())) {
      synchronized (this) {
        snapshot = last;
        if (snapshot == null || snapshot.readAt().plus(timeToLive).isBefore(clock.instant())) {
          snapshot = read();
          last = snapshot;
        }
      }
    }
    return snapshot;
  }

  private OperationsSnapshot read() {
    Instant now = clock.instant();
    Timestamp nowTs = Timestamp.from(now);
    long due = count("SELECT COUNT(*) " + DUE, nowTs, nowTs);
    Timestamp oldest = jdbc.queryForObject("SELECT MIN(COALESCE(DUEDATE_, CREATE_TIME_)) " + DUE, Timestamp.class, nowTs, nowTs);
    long locked = count("SELECT COUNT(*) FROM ACT_RU_JOB WHERE LOCK_EXP_TIME_ > ?", nowTs);
    long suspended = count("SELECT COUNT(*) FROM ACT_RU_JOB WHERE SUSPENSION_STATE_ = 2");
    Map<String, Long> incidents = new HashMap<>();
    jdbc.query("SELECT d.KEY_ AS process_key, COUNT(*) AS antall FROM ACT_RU_INCIDENT i "
        + "JOIN ACT_RE_PROCDEF d ON d.ID_ = i.PROC_DEF_ID_ GROUP BY d.KEY_",
        rs -> {
          incidents.put(rs.getString("process_key"), rs.getLong("antall"));
        });
    return new OperationsSnapshot(now, municipalities.countByStatus(), incidents, due, locked, suspended,
        oldest == null ? null : oldest.toInstant());
  }

  private long count(String sql, Object... args) {
    Long value = jdbc.queryForObject(sql, Long.class, args);
    return value == null ? 0 : value;
  }
}
