package no.ledsagerbevis.access;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** Memberships and active groups: the record from which Camunda's memberships are derived. */
@Repository
public class MembershipRepository {

  private static final RowMapper<Membership> ROW = (rs, i) -> new Membership(rs.getString("gruppe_id"),
      rs.getString("brukernavn"), rs.getString("kommunenummer"), rs.getBoolean("administrator"));

  private final JdbcTemplate jdbc;

  MembershipRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Membership membership) {
    jdbc.update("INSERT INTO access_membership (gruppe_id, brukernavn, kommunenummer, administrator, created)"
            + " VALUES (?, ?, ?, ?, ?)", membership.gruppeId(), membership.brukernavn(), membership.kommunenummer(),
        membership.administrator(), OffsetDateTime.now());
  }

  void delete(String gruppeId, String brukernavn) {
    jdbc.update("DELETE FROM access_membership WHERE gruppe_id = ? AND brukernavn = ?", gruppeId, brukernavn);
  }

  public boolean exists(String gruppeId, String brukernavn) {
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM access_membership WHERE gruppe_id = ? AND brukernavn = ?",
        Integer.class, gruppeId, brukernavn);
    return count != null && count > 0;
  }

  List<String> members(String gruppeId) {
    return jdbc.queryForList("SELECT brukernavn FROM access_membership WHERE gruppe_id = ? ORDER BY brukernavn",
        String.class, gruppeId);
  }

  public List<Membership> ofUser(String brukernavn) {
    return jdbc.query("SELECT * FROM access_membership WHERE brukernavn = ? ORDER BY kommunenummer, gruppe_id",
        ROW, brukernavn);
  }

  /** Every membership in the municipality's user groups and administrator group. */
  List<Membership> ofMunicipality(String kommunenummer) {
    return jdbc.query("SELECT * FROM access_membership WHERE kommunenummer = ? ORDER BY brukernavn, gruppe_id",
        ROW, kommunenummer);
  }

  List<String> allUsers() {
    return jdbc.queryForList("SELECT DISTINCT brukernavn FROM access_membership ORDER BY brukernavn", String.class);
  }

  void deleteUser(String brukernavn) {
    jdbc.update("DELETE FROM access_membership WHERE brukernavn = ?", brukernavn);
    jdbc.update("DELETE FROM access_active_group WHERE brukernavn = ?", brukernavn);
  }

  Optional<String> activeGroup(String brukernavn) {
    return jdbc.queryForList("SELECT gruppe_id FROM access_active_group WHERE brukernavn = ?", String.class, brukernavn)
        .stream().findFirst();
  }

  void setActiveGroup(String brukernavn, String gruppeId) {
    jdbc.update("DELETE FROM access_active_group WHERE brukernavn = ?", brukernavn);
    if (gruppeId != null) {
      jdbc.update("INSERT INTO access_active_group (brukernavn, gruppe_id, changed) VALUES (?, ?, ?)",
          brukernavn, gruppeId, OffsetDateTime.now());
    }
  }
}
