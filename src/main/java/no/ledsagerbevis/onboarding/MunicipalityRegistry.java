package no.ledsagerbevis.onboarding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The municipalities that have started onboarding: their {@code fiksOrgId}, organisasjonsnummer, name
 * and {@link OnboardingStatus}. Other features read it through {@link #find(String)}.
 */
@Repository
public class MunicipalityRegistry {

  private static final String COLUMNS = "kommunenummer, navn, fiks_org_id, organisasjonsnummer, status, "
      + "process_instance_id, opprettet, endret, aktivert";

  private final JdbcTemplate jdbc;

  MunicipalityRegistry(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Municipality> find(String kommunenummer) {
    return jdbc.query("SELECT " + COLUMNS + " FROM onboarding_municipality WHERE kommunenummer = ?",
        MunicipalityRegistry::map, kommunenummer).stream().findFirst();
  }

  /** How many municipalities stand at each status (statuses without any are left out); for the operators' metrics. */
  public Map<OnboardingStatus, Long> countByStatus() {
    Map<OnboardingStatus, Long> counts = new EnumMap<>(OnboardingStatus.class);
    jdbc.query("SELECT status, COUNT(*) AS antall FROM onboarding_municipality GROUP BY status",
        rs -> {
          counts.put(OnboardingStatus.valueOf(rs.getString("status")), rs.getLong("antall"));
        });
    return counts;
  }

  /** Records a new onboarding run: inserts the municipality, or resets an earlier, finished run. */
  void startOnboarding(String kommunenummer, String navn, String fiksOrgId, String organisasjonsnummer,
      String processInstanceId) {
    OffsetDateTime now = OffsetDateTime.now();
    int updated = jdbc.update("UPDATE onboarding_municipality SET navn = ?, fiks_org_id = ?, organisasjonsnummer = ?, "
            + "status = ?, process_instance_id = ?, endret = ? WHERE kommunenummer = ?",
        navn, fiksOrgId, organisasjonsnummer, OnboardingStatus.ONBOARDING.name(), processInstanceId, now, kommunenummer);
    if (updated == 0) {
      jdbc.update("INSERT INTO onboarding_municipality (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)",
          kommunenummer, navn, fiksOrgId, organisasjonsnummer, OnboardingStatus.ONBOARDING.name(), processInstanceId,
          now, now);
    }
  }

  void updateStatus(String kommunenummer, OnboardingStatus status) {
    OffsetDateTime now = OffsetDateTime.now();
    int updated = jdbc.update("UPDATE onboarding_municipality SET status = ?, endret = ?, "
            + "aktivert = CASE WHEN ? THEN ? ELSE aktivert END WHERE kommunenummer = ?",
        status.name(), now, status == OnboardingStatus.AKTIV, now, kommunenummer);
    if (updated == 0) {
      throw new IllegalStateException("No onboarding row for municipality " + kommunenummer);
    }
  }

  /** The onboarding process ended: unless it reached a final status, it was cancelled. */
  void markCancelledUnlessFinished(String kommunenummer) {
    find(kommunenummer).filter(municipality -> municipality.status().underveis())
        .ifPresent(municipality -> updateStatus(kommunenummer, OnboardingStatus.AVBRUTT));
  }

  private static Municipality map(ResultSet rs, int row) throws SQLException {
    return new Municipality(rs.getString("kommunenummer"), rs.getString("navn"), rs.getString("fiks_org_id"),
        rs.getString("organisasjonsnummer"), OnboardingStatus.valueOf(rs.getString("status")),
        rs.getString("process_instance_id"), rs.getObject("opprettet", OffsetDateTime.class),
        rs.getObject("endret", OffsetDateTime.class), rs.getObject("aktivert", OffsetDateTime.class));
  }
}
