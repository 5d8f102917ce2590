package no.ledsagerbevis.simulator;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Documents in the simulated Fiks dokumentlager. */
@Repository
@ConditionalOnSimulator
class SimDokumenter {

  record Dokument(String id, String fiksOrgId, String kontoId, String dokumentnavn, String mimetype, Long ttlMs,
      Integer sikkerhetsniva, OffsetDateTime opprettet) {

    boolean utlopt(OffsetDateTime now) {
      return ttlMs != null && opprettet.plusNanos(ttlMs * 1_000_000L).isBefore(now);
    }
  }

  record Innhold(String mimetype, String dokumentnavn, byte[] innhold) {
  }

  private static final String COLUMNS = "id, fiks_org_id, konto_id, dokumentnavn, mimetype, ttl_ms, sikkerhetsniva, opprettet";

  private final JdbcClient jdbc;

  SimDokumenter(SimulatorDatabase database) {
    this.jdbc = database.jdbc();
  }

  void lagre(Dokument dokument, byte[] innhold) {
    jdbc.sql("INSERT INTO sim_dokument (" + COLUMNS + ", innhold) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(dokument.id(), dokument.fiksOrgId(), dokument.kontoId(), dokument.dokumentnavn(), dokument.mimetype(),
            dokument.ttlMs(), dokument.sikkerhetsniva(), dokument.opprettet(), innhold)
        .update();
  }

  Optional<Dokument> dokument(String id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM sim_dokument WHERE id = ?").param(id).query(Dokument.class).optional();
  }

  Optional<Innhold> innhold(String id) {
    return jdbc.sql("SELECT mimetype, dokumentnavn, innhold FROM sim_dokument WHERE id = ?").param(id).query(Innhold.class).optional();
  }

  /** @return whether the organisation's account held the document */
  boolean slett(String id, String fiksOrgId, String kontoId) {
    return jdbc.sql("DELETE FROM sim_dokument WHERE id = ? AND fiks_org_id = ? AND konto_id = ?")
        .params(id, fiksOrgId, kontoId).update() == 1;
  }

  List<Dokument> alle() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM sim_dokument ORDER BY opprettet DESC, id").query(Dokument.class).list();
  }
}
