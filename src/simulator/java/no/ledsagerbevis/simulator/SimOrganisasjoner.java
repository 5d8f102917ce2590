package no.ledsagerbevis.simulator;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The simulated Fiks forvaltning data: municipalities, their services, SvarUt accounts and resources. */
@Repository
@ConditionalOnSimulator
class SimOrganisasjoner {

  record Kommune(String kommunenummer, String fiksOrgId, String organisasjonsnummer, String navn) {
  }

  record Konto(String kontoId, String fiksOrgId, String navn, boolean aktiv) {
  }

  record Ressurs(String fiksOrgId, String type, String id, OffsetDateTime opprettet) {
  }

  private final JdbcClient jdbc;

  SimOrganisasjoner(SimulatorDatabase database) {
    this.jdbc = database.jdbc();
  }

  List<Kommune> kommuner() {
    return jdbc.sql("SELECT kommunenummer, fiks_org_id, organisasjonsnummer, navn FROM sim_kommune ORDER BY kommunenummer")
        .query(Kommune.class).list();
  }

  Optional<Kommune> kommune(String kommunenummer) {
    return jdbc.sql("SELECT kommunenummer, fiks_org_id, organisasjonsnummer, navn FROM sim_kommune WHERE kommunenummer = ?")
        .param(kommunenummer).query(Kommune.class).optional();
  }

  Optional<Kommune> organisasjon(String fiksOrgId) {
    return jdbc.sql("SELECT kommunenummer, fiks_org_id, organisasjonsnummer, navn FROM sim_kommune WHERE fiks_org_id = ?")
        .param(fiksOrgId).query(Kommune.class).optional();
  }

  Set<String> tjenester(String fiksOrgId) {
    return new TreeSet<>(jdbc.sql("SELECT tjeneste FROM sim_kommune_tjeneste WHERE fiks_org_id = ?")
        .param(fiksOrgId).query(String.class).list());
  }

  void aktiver(String fiksOrgId, String tjeneste) {
    if (!tjenester(fiksOrgId).contains(tjeneste)) {
      try {
        jdbc.sql("INSERT INTO sim_kommune_tjeneste (fiks_org_id, tjeneste) VALUES (?, ?)").params(fiksOrgId, tjeneste).update();
      } catch (DuplicateKeyException e) {
        // Activated by a concurrent request: the result is the same.
      }
    }
  }

  List<Konto> svarUtKontoer(String fiksOrgId) {
    return jdbc.sql("SELECT konto_id, fiks_org_id, navn, aktiv FROM sim_svarut_konto WHERE fiks_org_id = ? ORDER BY navn")
        .param(fiksOrgId).query(Konto.class).list();
  }

  Optional<Konto> svarUtKonto(String kontoId) {
    return jdbc.sql("SELECT konto_id, fiks_org_id, navn, aktiv FROM sim_svarut_konto WHERE konto_id = ?")
        .param(kontoId).query(Konto.class).optional();
  }

  Optional<Ressurs> ressurs(String fiksOrgId, String type) {
    return jdbc.sql("SELECT fiks_org_id, type, id, opprettet FROM sim_ressurs WHERE fiks_org_id = ? AND type = ?")
        .params(fiksOrgId, type).query(Ressurs.class).optional();
  }

  Optional<Ressurs> ressursMedId(String id) {
    return jdbc.sql("SELECT fiks_org_id, type, id, opprettet FROM sim_ressurs WHERE id = ?")
        .param(id).query(Ressurs.class).optional();
  }

  List<Ressurs> ressurser() {
    return jdbc.sql("SELECT fiks_org_id, type, id, opprettet FROM sim_ressurs ORDER BY opprettet, type")
        .query(Ressurs.class).list();
  }

  /** Creates the resource; false when it already existed (then nothing changes). */
  boolean opprett(String fiksOrgId, String type) {
    try {
      return jdbc.sql("INSERT INTO sim_ressurs (fiks_org_id, type, id, opprettet) VALUES (?, ?, ?, ?)")
          .params(fiksOrgId, type, UUID.randomUUID().toString(), OffsetDateTime.now(ZoneOffset.UTC))
          .update() == 1;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }
}
