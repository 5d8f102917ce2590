package no.ledsagerbevis.configuration;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The audit trail of settings changes. */
@Repository
class SettingsChangeRepository {

  private final JdbcTemplate jdbc;

  SettingsChangeRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(SettingsChange change) {
    jdbc.update("""
        INSERT INTO cfg_settings_change (id, kommunenummer, changed_at, changed_by, source, field, old_value, new_value)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
        UUID.randomUUID().toString(), change.kommunenummer(), change.tidspunkt(), change.endretAv(),
        change.kilde().name(), change.felt(), change.gammelVerdi(), change.nyVerdi());
  }

  /** Newest first. */
  List<SettingsChange> list(String kommunenummer) {
    return jdbc.query("""
        SELECT * FROM cfg_settings_change WHERE kommunenummer = ?
        ORDER BY changed_at DESC, field""",
        (rs, row) -> new SettingsChange(
            rs.getString("kommunenummer"),
            rs.getObject("changed_at", OffsetDateTime.class),
            rs.getString("changed_by"),
            ChangeSource.valueOf(rs.getString("source")),
            rs.getString("field"),
            rs.getString("old_value"),
            rs.getString("new_value")), kommunenummer);
  }
}
