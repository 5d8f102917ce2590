package no.ledsagerbevis.access;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Writes who changed access, when and what, in the same transaction as the change. */
@Repository
class AccessAudit {

  /** What was done; stored by name. */
  enum Handling {
    KOMMUNE_OPPRETTET, ADMINISTRATOR_LAGT_TIL, ADMINISTRATOR_FJERNET, GRUPPE_OPPRETTET, GRUPPE_ENDRET_NAVN,
    GRUPPE_SLETTET, BRUKER_LAGT_TIL, BRUKER_FJERNET, BRUKER_SLETTET, AKTIV_GRUPPE_BYTTET
  }

  private final JdbcTemplate jdbc;

  AccessAudit(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** One change as the API shows it. */
  record Entry(OffsetDateTime tidspunkt, String utfortAv, String handling, String gruppeId, String brukernavn) {
  }

  /** The newest changes first. */
  List<Entry> latest(String kommunenummer, int limit) {
    return jdbc.query("SELECT tidspunkt, utfort_av, handling, gruppe_id, brukernavn FROM access_audit"
            + " WHERE kommunenummer = ? ORDER BY tidspunkt DESC, id LIMIT ?",
        (rs, i) -> new Entry(rs.getObject("tidspunkt", OffsetDateTime.class), rs.getString("utfort_av"),
            rs.getString("handling"), rs.getString("gruppe_id"), rs.getString("brukernavn")),
        kommunenummer, limit);
  }

  void record(String kommunenummer, String utfortAv, Handling handling, String gruppeId, String brukernavn) {
    jdbc.update("INSERT INTO access_audit (id, kommunenummer, tidspunkt, utfort_av, handling, gruppe_id, brukernavn)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), kommunenummer, OffsetDateTime.now(),
        utfortAv, handling.name(), gruppeId, brukernavn);
  }
}
