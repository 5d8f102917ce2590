package no.ledsagerbevis.configuration;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import no.ledsagerbevis.fiks.FiksOrgId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The settings row and the contact persons of each municipality. */
@Repository
class SettingsRepository {

  /** The stored settings (resource ids not filled in) and the Fiks organisation they belong to. */
  record Stored(FiksOrgId fiksOrgId, MunicipalitySettings settings) {
  }

  private final JdbcTemplate jdbc;

  SettingsRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Stored> find(String kommunenummer) {
    List<String> kontaktpersoner = jdbc.queryForList(
        "SELECT epost FROM cfg_contact_person WHERE kommunenummer = ? ORDER BY sort_order", String.class, kommunenummer);
    return jdbc.query("SELECT * FROM cfg_settings WHERE kommunenummer = ?", (rs, row) -> new Stored(
        new FiksOrgId(rs.getString("fiks_org_id")),
        new MunicipalitySettings(
            rs.getString("kommunenummer"),
            rs.getString("svarut_konto_id"),
            new PostAdresse(rs.getString("postadressenavn"), rs.getString("postnummer"), rs.getString("poststed")),
            rs.getString("telefon"),
            kontaktpersoner,
            UtsendingBrev.valueOf(rs.getString("utsending_brev")),
            Spraak.valueOf(rs.getString("spraak")),
            null, null, null)), kommunenummer).stream().findFirst();
  }

  void save(FiksOrgId fiksOrgId, MunicipalitySettings settings, OffsetDateTime now) {
    PostAdresse adresse = settings.postAdresse();
    int updated = jdbc.update("""
        UPDATE cfg_settings SET fiks_org_id = ?, svarut_konto_id = ?, postadressenavn = ?, postnummer = ?,
          poststed = ?, telefon = ?, utsending_brev = ?, spraak = ?, updated_at = ?
        WHERE kommunenummer = ?""",
        fiksOrgId.value(), settings.svarUtKontoId(), adresse.postadressenavn(), adresse.postnummer(), adresse.poststed(),
        settings.telefon(), settings.utsendingBrev().name(), settings.spraak().name(), now, settings.kommunenummer());
    if (updated == 0) {
      jdbc.update("""
          INSERT INTO cfg_settings (kommunenummer, fiks_org_id, svarut_konto_id, postadressenavn, postnummer, poststed,
            telefon, utsending_brev, spraak, created_at, updated_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
          settings.kommunenummer(), fiksOrgId.value(), settings.svarUtKontoId(), adresse.postadressenavn(),
          adresse.postnummer(), adresse.poststed(), settings.telefon(), settings.utsendingBrev().name(),
          settings.spraak().name(), now, now);
    }
    jdbc.update("DELETE FROM cfg_contact_person WHERE kommunenummer = ?", settings.kommunenummer());
    List<String> kontaktpersoner = settings.kontaktpersoner();
    for (int i = 0; i < kontaktpersoner.size(); i++) {
      jdbc.update("INSERT INTO cfg_contact_person (kommunenummer, sort_order, epost) VALUES (?, ?, ?)",
          settings.kommunenummer(), i, kontaktpersoner.get(i));
    }
  }
}
