package no.ledsagerbevis.simulator;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The forsendelser SvarUt (the simulator) has received, with their documents. */
@Repository
@ConditionalOnSimulator
class SimForsendelser {

  record Forsendelse(String id, String kontoId, String tittel, String eksternReferanse, String mottakerNavn,
      String mottakerDigitalId, boolean kunDigitalLevering, String forsendelseJson, String statusPlan,
      OffsetDateTime mottatt) {
  }

  record Dokument(String forsendelseId, int nr, String filnavn, String mimeType) {
  }

  record Fil(String filnavn, String mimeType, byte[] innhold) {
  }

  private static final String COLUMNS = "id, konto_id, tittel, ekstern_referanse, mottaker_navn, mottaker_digital_id, "
      + "kun_digital_levering, forsendelse_json, status_plan, mottatt";

  private final SimulatorDatabase database;
  private final JdbcClient jdbc;

  SimForsendelser(SimulatorDatabase database) {
    this.database = database;
    this.jdbc = database.jdbc();
  }

  void lagre(Forsendelse forsendelse, List<Fil> filer) {
    database.inTransaction(() -> insert(forsendelse, filer));
  }

  private void insert(Forsendelse forsendelse, List<Fil> filer) {
    jdbc.sql("INSERT INTO sim_forsendelse (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(forsendelse.id(), forsendelse.kontoId(), forsendelse.tittel(), forsendelse.eksternReferanse(),
            forsendelse.mottakerNavn(), forsendelse.mottakerDigitalId(), forsendelse.kunDigitalLevering(),
            forsendelse.forsendelseJson(), forsendelse.statusPlan(), forsendelse.mottatt())
        .update();
    for (int nr = 0; nr < filer.size(); nr++) {
      Fil fil = filer.get(nr);
      jdbc.sql("INSERT INTO sim_forsendelse_dokument (forsendelse_id, nr, filnavn, mime_type, innhold) VALUES (?, ?, ?, ?, ?)")
          .params(forsendelse.id(), nr + 1, fil.filnavn(), fil.mimeType(), fil.innhold())
          .update();
    }
  }

  List<Forsendelse> alle() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM sim_forsendelse ORDER BY mottatt DESC, id").query(Forsendelse.class).list();
  }

  List<Forsendelse> medId(String kontoId, List<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT " + COLUMNS + " FROM sim_forsendelse WHERE konto_id = :konto AND id IN (:ids)")
        .param("konto", kontoId).param("ids", ids).query(Forsendelse.class).list();
  }

  List<String> idMedEksternReferanse(String kontoId, String eksternReferanse) {
    return jdbc.sql("SELECT id FROM sim_forsendelse WHERE konto_id = ? AND ekstern_referanse = ? ORDER BY mottatt")
        .params(kontoId, eksternReferanse).query(String.class).list();
  }

  List<Dokument> dokumenter() {
    return jdbc.sql("SELECT forsendelse_id, nr, filnavn, mime_type FROM sim_forsendelse_dokument ORDER BY forsendelse_id, nr")
        .query(Dokument.class).list();
  }

  Optional<Fil> fil(String forsendelseId, int nr) {
    return jdbc.sql("SELECT filnavn, mime_type, innhold FROM sim_forsendelse_dokument WHERE forsendelse_id = ? AND nr = ?")
        .params(forsendelseId, nr).query(Fil.class).optional();
  }
}
