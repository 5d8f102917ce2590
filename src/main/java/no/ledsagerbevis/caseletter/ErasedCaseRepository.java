package no.ledsagerbevis.caseletter;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Removes a case from our tables (history, letter, photo, the case with fnr, name, address, phone and
 * refusal reason) and leaves the non-personal record in {@code caseletter_deleted_case}.
 */
@Repository
class ErasedCaseRepository {

  private final JdbcClient jdbc;

  ErasedCaseRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void replaceByRecord(CompanionCase sak, ErasureReason grunn, String slettetAv) {
    jdbc.sql("""
            INSERT INTO caseletter_deleted_case (saks_id, kommunenummer, gruppe_id, status, vedtak, opprettet, slettet,
              grunn, slettet_av)
            VALUES (:saksId, :kommunenummer, :gruppeId, :status, :vedtak, :opprettet, :slettet, :grunn, :slettetAv)""")
        .param("saksId", sak.saksId())
        .param("kommunenummer", sak.kommunenummer())
        .param("gruppeId", sak.gruppeId())
        .param("status", sak.status().name())
        .param("vedtak", sak.vedtak() == null ? null : sak.vedtak().name())
        .param("opprettet", sak.opprettet())
        .param("slettet", OffsetDateTime.now(ZoneOffset.UTC))
        .param("grunn", grunn.name())
        .param("slettetAv", slettetAv)
        .update();
    for (String table : new String[] {"caseletter_event", "caseletter_letter_pdf", "caseletter_letter", "caseletter_photo",
        "caseletter_case"}) {
      jdbc.sql("DELETE FROM " + table + " WHERE saks_id = :saksId").param("saksId", sak.saksId()).update();
    }
  }
}
