package no.ledsagerbevis.caseletter;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The holder's photo of each case until it is stored in dokumentlager; then dokumentlager keeps it. */
@Repository
public class PhotoRepository {

  private final JdbcClient jdbc;

  public PhotoRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Saves or replaces the photo of a case. */
  public void save(String saksId, Photo photo) {
    int updated = jdbc.sql("UPDATE caseletter_photo SET mime_type = :mime, innhold = :innhold, lastet_opp = :tid WHERE saks_id = :saksId")
        .param("mime", photo.mimeType()).param("innhold", photo.innhold())
        .param("tid", OffsetDateTime.now(ZoneOffset.UTC)).param("saksId", saksId).update();
    if (updated == 0) {
      jdbc.sql("INSERT INTO caseletter_photo (saks_id, mime_type, innhold, lastet_opp) VALUES (:saksId, :mime, :innhold, :tid)")
          .param("saksId", saksId).param("mime", photo.mimeType()).param("innhold", photo.innhold())
          .param("tid", OffsetDateTime.now(ZoneOffset.UTC)).update();
    }
  }

  public Optional<Photo> find(String saksId) {
    return jdbc.sql("SELECT mime_type, innhold FROM caseletter_photo WHERE saks_id = :saksId")
        .param("saksId", saksId)
        .query((rs, row) -> new Photo(rs.getString("mime_type"), rs.getBytes("innhold")))
        .optional();
  }

  public void delete(String saksId) {
    jdbc.sql("DELETE FROM caseletter_photo WHERE saks_id = :saksId").param("saksId", saksId).update();
  }

  public boolean exists(String saksId) {
    return jdbc.sql("SELECT COUNT(*) FROM caseletter_photo WHERE saks_id = :saksId")
        .param("saksId", saksId).query(Long.class).single() > 0;
  }
}
