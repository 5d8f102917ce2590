package no.ledsagerbevis.caseletter;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The queries behind the retention rules (docs/retention.md); ids only, never personal data. */
@Repository
public class CaseRetentionRepository {

  private final JdbcClient jdbc;

  public CaseRetentionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Cases not AKTIV and not yet marked closed (the open workload and the newly closed): candidates for {@link #markClosed}. */
  public List<String> unmarkedNotActive() {
    return jdbc.sql("SELECT saks_id FROM caseletter_case WHERE avsluttet IS NULL AND status <> 'AKTIV'")
        .query(String.class).list();
  }

  public void markClosed(String saksId, OffsetDateTime avsluttet) {
    jdbc.sql("UPDATE caseletter_case SET avsluttet = :avsluttet WHERE saks_id = :saksId AND avsluttet IS NULL")
        .param("avsluttet", avsluttet).param("saksId", saksId).update();
  }

  /**
   * Cases closed before {@code closedBefore}, and AKTIV cases whose certificate expired before
   * {@code expiredBefore}; oldest first.
   */
  public List<String> expired(OffsetDateTime closedBefore, LocalDate expiredBefore, int limit) {
    return jdbc.sql("""
            SELECT saks_id FROM caseletter_case
            WHERE (status <> 'AKTIV' AND avsluttet < :closedBefore) OR (status = 'AKTIV' AND utlopsdato < :expiredBefore)
            ORDER BY opprettet LIMIT :limit""")
        .param("closedBefore", closedBefore)
        .param("expiredBefore", Date.valueOf(expiredBefore))
        .param("limit", limit)
        .query(String.class).list();
  }
}
