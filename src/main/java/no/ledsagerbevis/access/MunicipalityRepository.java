package no.ledsagerbevis.access;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import no.ledsagerbevis.errors.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The municipalities that have a tenant and an administrator group. */
@Repository
class MunicipalityRepository {

  private final JdbcTemplate jdbc;

  MunicipalityRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(String kommunenummer, String kommunenavn, String adminFilterId) {
    jdbc.update("INSERT INTO access_municipality (kommunenummer, kommunenavn, admin_filter_id, created) VALUES (?, ?, ?, ?)",
        kommunenummer, kommunenavn, adminFilterId, OffsetDateTime.now());
  }

  Optional<String> name(String kommunenummer) {
    return jdbc.queryForList("SELECT kommunenavn FROM access_municipality WHERE kommunenummer = ?", String.class,
        kommunenummer).stream().findFirst();
  }

  List<AdministeredMunicipality> all() {
    return jdbc.query("SELECT kommunenummer, kommunenavn FROM access_municipality ORDER BY kommunenummer",
        (rs, i) -> new AdministeredMunicipality(rs.getString("kommunenummer"), rs.getString("kommunenavn")));
  }

  /** 404 for a municipality that has not taken the service into use (no tenant and administrator group yet). */
  void requireInUse(String kommunenummer) {
    if (name(kommunenummer).isEmpty()) {
      throw new NotFoundException("Kommune " + kommunenummer + " har ikke tatt i bruk tjenesten ennå.");
    }
  }
}
