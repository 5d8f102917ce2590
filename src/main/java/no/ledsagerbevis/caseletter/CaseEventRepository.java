package no.ledsagerbevis.caseletter;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The history of the cases, oldest event first. */
@Repository
public class CaseEventRepository {

  private final JdbcClient jdbc;

  public CaseEventRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records an event now with the type's default text. */
  public void record(String saksId, CaseEventType hendelse, String utfortAv) {
    record(saksId, hendelse, utfortAv, hendelse.beskrivelse());
  }

  public void record(String saksId, CaseEventType hendelse, String utfortAv, String beskrivelse) {
    jdbc.sql("""
            INSERT INTO caseletter_event (id, saks_id, hendelse, tidspunkt, utfort_av, beskrivelse)
            VALUES (:id, :saksId, :hendelse, :tidspunkt, :utfortAv, :beskrivelse)""")
        .param("id", UUID.randomUUID().toString())
        .param("saksId", saksId)
        .param("hendelse", hendelse.name())
        .param("tidspunkt", OffsetDateTime.now(ZoneOffset.UTC))
        .param("utfortAv", utfortAv)
        .param("beskrivelse", beskrivelse)
        .update();
  }

  public List<CaseEvent> history(String saksId) {
    return jdbc.sql("SELECT * FROM caseletter_event WHERE saks_id = :saksId ORDER BY tidspunkt, id")
        .param("saksId", saksId)
        .query((rs, row) -> new CaseEvent(CaseEventType.valueOf(rs.getString("hendelse")),
            rs.getObject("tidspunkt", OffsetDateTime.class), rs.getString("utfort_av"), rs.getString("beskrivelse")))
        .list();
  }

  public boolean has(String saksId, CaseEventType hendelse) {
    return jdbc.sql("SELECT COUNT(*) FROM caseletter_event WHERE saks_id = :saksId AND hendelse = :hendelse")
        .param("saksId", saksId).param("hendelse", hendelse.name()).query(Long.class).single() > 0;
  }
}
