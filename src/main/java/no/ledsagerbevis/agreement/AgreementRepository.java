package no.ledsagerbevis.agreement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import no.ledsagerbevis.letters.AgreementSignature;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code agreement} table. */
@Repository
class AgreementRepository {

  private final JdbcTemplate jdbc;

  AgreementRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Agreement a) {
    jdbc.update("INSERT INTO agreement (id, kommunenummer, kommunenavn, organisasjonsnummer, process_instance_id, "
            + "versjon, generert, usignert_pdf, sha256_usignert) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        a.id(), a.kommunenummer(), a.kommunenavn(), a.organisasjonsnummer(), a.processInstanceId(), a.versjon(),
        a.generert(), a.usignertPdf(), a.sha256Usignert());
  }

  Optional<Agreement> find(String id) {
    return jdbc.query("SELECT * FROM agreement WHERE id = ?", AgreementRepository::map, id).stream().findFirst();
  }

  Optional<Agreement> findByProcessInstance(String processInstanceId) {
    return jdbc.query("SELECT * FROM agreement WHERE process_instance_id = ?", AgreementRepository::map,
        processInstanceId).stream().findFirst();
  }

  /** The newest tjenestebilag of a municipality. */
  Optional<Agreement> latest(String kommunenummer) {
    return jdbc.query("SELECT * FROM agreement WHERE kommunenummer = ? ORDER BY generert DESC, id",
        AgreementRepository::map, kommunenummer).stream().findFirst();
  }

  void sign(String id, AgreementSignature signatur, byte[] signertPdf) {
    jdbc.update("UPDATE agreement SET signert_av_bruker_id = ?, signert_av_navn = ?, signert_tidspunkt = ?, "
            + "signert_pdf = ? WHERE id = ?",
        signatur.brukerId(), signatur.navn(), signatur.tidspunkt(), signertPdf, id);
  }

  void stored(String id, String dokumentlagerId) {
    jdbc.update("UPDATE agreement SET dokumentlager_id = ? WHERE id = ?", dokumentlagerId, id);
  }

  void sent(String id, String forsendelseId, OffsetDateTime sendt) {
    jdbc.update("UPDATE agreement SET svarut_forsendelse_id = ?, sendt_tidspunkt = ? WHERE id = ?",
        forsendelseId, sendt, id);
  }

  private static Agreement map(ResultSet rs, int row) throws SQLException {
    String signer = rs.getString("signert_av_bruker_id");
    AgreementSignature signatur = signer == null ? null : new AgreementSignature(signer,
        rs.getString("signert_av_navn"), rs.getObject("signert_tidspunkt", OffsetDateTime.class),
        rs.getString("sha256_usignert"));
    return new Agreement(rs.getString("id"), rs.getString("kommunenummer"), rs.getString("kommunenavn"),
        rs.getString("organisasjonsnummer"), rs.getString("process_instance_id"), rs.getString("versjon"),
        rs.getObject("generert", OffsetDateTime.class), rs.getBytes("usignert_pdf"), rs.getString("sha256_usignert"),
        signatur, rs.getBytes("signert_pdf"), rs.getString("dokumentlager_id"),
        rs.getString("svarut_forsendelse_id"), rs.getObject("sendt_tidspunkt", OffsetDateTime.class));
  }
}
