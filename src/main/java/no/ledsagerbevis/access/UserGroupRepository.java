package no.ledsagerbevis.access;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

@Repository
class UserGroupRepository {

  private static final RowMapper<UserGroup> ROW = (rs, i) -> new UserGroup(rs.getString("gruppe_id"),
      rs.getString("kommunenummer"), rs.getString("gruppenavn"), rs.getString("filter_id"));

  private final JdbcTemplate jdbc;

  UserGroupRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(UserGroup group) {
    jdbc.update("INSERT INTO access_user_group (gruppe_id, kommunenummer, gruppenavn, navn_nokkel, filter_id, created)"
            + " VALUES (?, ?, ?, ?, ?, ?)", group.gruppeId(), group.kommunenummer(), group.gruppenavn(),
        key(group.gruppenavn()), group.filterId(), OffsetDateTime.now());
  }

  void rename(String gruppeId, String gruppenavn) {
    jdbc.update("UPDATE access_user_group SET gruppenavn = ?, navn_nokkel = ? WHERE gruppe_id = ?",
        gruppenavn, key(gruppenavn), gruppeId);
  }

  void delete(String gruppeId) {
    jdbc.update("DELETE FROM access_user_group WHERE gruppe_id = ?", gruppeId);
  }

  Optional<UserGroup> find(String gruppeId) {
    return jdbc.query("SELECT * FROM access_user_group WHERE gruppe_id = ?", ROW, gruppeId).stream().findFirst();
  }

  List<UserGroup> ofMunicipality(String kommunenummer) {
    return jdbc.query("SELECT * FROM access_user_group WHERE kommunenummer = ? ORDER BY gruppenavn", ROW, kommunenummer);
  }

  boolean nameTaken(String kommunenummer, String gruppenavn, String exceptGruppeId) {
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM access_user_group WHERE kommunenummer = ?"
        + " AND navn_nokkel = ? AND gruppe_id <> ?", Integer.class, kommunenummer, key(gruppenavn), exceptGruppeId);
    return count != null && count > 0;
  }

  private static String key(String gruppenavn) {
    return gruppenavn.trim().toLowerCase(Locale.ROOT);
  }
}
