package no.ledsagerbevis.caseletter;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The decision letter of each case: its sending state in {@code caseletter_letter}, its PDF apart in
 * {@code caseletter_letter_pdf}, read only by the one step that sends it.
 */
@Repository
public class LetterRepository {

  private final JdbcClient jdbc;

  public LetterRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Saves the rendered letter; a re-rendered letter replaces one not yet sent, a sent one stays. */
  public void saveLetter(String saksId, String filnavn, byte[] pdf) {
    int updated = jdbc.sql("UPDATE caseletter_letter SET filnavn = :filnavn, laget = :laget "
            + "WHERE saks_id = :saksId AND forsendelse_id IS NULL")
        .param("filnavn", filnavn).param("laget", now()).param("saksId", saksId).update();
    if (updated == 0 && find(saksId).isEmpty()) {
      jdbc.sql("INSERT INTO caseletter_letter (saks_id, filnavn, laget) VALUES (:saksId, :filnavn, :laget)")
          .param("saksId", saksId).param("filnavn", filnavn).param("laget", now()).update();
      jdbc.sql("INSERT INTO caseletter_letter_pdf (saks_id, innhold) VALUES (:saksId, :pdf)")
          .param("saksId", saksId).param("pdf", pdf).update();
    } else if (updated == 1) {
      jdbc.sql("UPDATE caseletter_letter_pdf SET innhold = :pdf WHERE saks_id = :saksId")
          .param("pdf", pdf).param("saksId", saksId).update();
    }
  }

  public void saveForsendelse(String saksId, String kontoId, String forsendelseId) {
    jdbc.sql("UPDATE caseletter_letter SET svarut_konto_id = :konto, forsendelse_id = :id WHERE saks_id = :saksId")
        .param("konto", kontoId).param("id", forsendelseId).param("saksId", saksId).update();
  }

  public void saveStatus(String saksId, String status, OffsetDateTime endret) {
    jdbc.sql("UPDATE caseletter_letter SET status = :status, status_endret = :endret WHERE saks_id = :saksId")
        .param("status", status).param("endret", endret == null ? now() : endret).param("saksId", saksId).update();
  }

  /** The letter without its PDF. */
  public Optional<DecisionLetterFile> find(String saksId) {
    return jdbc.sql("""
            SELECT filnavn, laget, svarut_konto_id, forsendelse_id, status, status_endret
            FROM caseletter_letter WHERE saks_id = :saksId""")
        .param("saksId", saksId)
        .query((rs, row) -> new DecisionLetterFile(rs.getString("filnavn"), rs.getObject("laget", OffsetDateTime.class),
            rs.getString("svarut_konto_id"), rs.getString("forsendelse_id"), rs.getString("status"),
            rs.getObject("status_endret", OffsetDateTime.class)))
        .optional();
  }

  /** The PDF, for sending. */
  public byte[] pdf(String saksId) {
    return jdbc.sql("SELECT innhold FROM caseletter_letter_pdf WHERE saks_id = :saksId").param("saksId", saksId)
        .query((rs, row) -> rs.getBytes("innhold")).optional()
        .orElseThrow(() -> new IllegalStateException("Case " + saksId + " has no decision letter PDF"));
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
