package no.ledsagerbevis.configuration;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The Fiks resources recorded as created (or found and reused) for each municipality. */
@Repository
class FiksResourceRepository {

  private final JdbcTemplate jdbc;

  FiksResourceRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The recorded resource ids by type; a type not yet created is absent. */
  Map<FiksResourceType, String> ids(String kommunenummer) {
    Map<FiksResourceType, String> ids = new EnumMap<>(FiksResourceType.class);
    jdbc.query("SELECT resource_type, resource_id FROM cfg_fiks_resource WHERE kommunenummer = ?",
        rs -> {
          ids.put(FiksResourceType.valueOf(rs.getString("resource_type")), rs.getString("resource_id"));
        }, kommunenummer);
    return ids;
  }

  /** The organisation and chosen SvarUt account from the settings row, with the recorded resources: one query. */
  Optional<FiksAccounts> accounts(String kommunenummer) {
    Map<FiksResourceType, String> ids = new EnumMap<>(FiksResourceType.class);
    List<String[]> settings = jdbc.query("""
        SELECT s.fiks_org_id, s.svarut_konto_id, r.resource_type, r.resource_id
        FROM cfg_settings s LEFT JOIN cfg_fiks_resource r ON r.kommunenummer = s.kommunenummer
        WHERE s.kommunenummer = ?""", (rs, row) -> {
          if (rs.getString("resource_type") != null) {
            ids.put(FiksResourceType.valueOf(rs.getString("resource_type")), rs.getString("resource_id"));
          }
          return new String[] {rs.getString("fiks_org_id"), rs.getString("svarut_konto_id")};
        }, kommunenummer);
    if (settings.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new FiksAccounts(kommunenummer, settings.get(0)[0], settings.get(0)[1],
        ids.get(FiksResourceType.REGISTER_ROLLE), ids.get(FiksResourceType.DOKUMENTLAGER_KONTO),
        ids.get(FiksResourceType.VARSLING_KONTO)));
  }

  void record(String kommunenummer, FiksResourceType type, String resourceId, boolean createdNew,
      OffsetDateTime now) {
    int updated = jdbc.update("""
        UPDATE cfg_fiks_resource SET resource_id = ?, created_new = ?, recorded_at = ?
        WHERE kommunenummer = ? AND resource_type = ?""",
        resourceId, createdNew, now, kommunenummer, type.name());
    if (updated == 0) {
      jdbc.update("""
          INSERT INTO cfg_fiks_resource (kommunenummer, resource_type, resource_id, created_new, recorded_at)
          VALUES (?, ?, ?, ?, ?)""", kommunenummer, type.name(), resourceId, createdNew, now);
    }
  }
}
