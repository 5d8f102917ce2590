package no.ledsagerbevis.simulator;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SMS received by the simulated Fiks varsling. */
@Repository
@ConditionalOnSimulator
class SimSmser {

  record Sms(String id, String kontoId, String fnr, String telefonnummer, String tekst, OffsetDateTime opprettet) {
  }

  private final JdbcClient jdbc;
  private final SimulatorProperties properties;

  SimSmser(SimulatorDatabase database, SimulatorProperties properties) {
    this.jdbc = database.jdbc();
    this.properties = properties;
  }

  /** OPPRETTET -> SENDT -> LEVERT, one step per status-step. */
  String status(Sms sms) {
    return StatusPlan.SMS_LEVERT.at(sms.opprettet(), properties.getStatusStep(), OffsetDateTime.now(ZoneOffset.UTC)).status();
  }

  void lagre(Sms sms) {
    jdbc.sql("INSERT INTO sim_sms (id, konto_id, fnr, telefonnummer, tekst, opprettet) VALUES (?, ?, ?, ?, ?, ?)")
        .params(sms.id(), sms.kontoId(), sms.fnr(), sms.telefonnummer(), sms.tekst(), sms.opprettet())
        .update();
  }

  Optional<Sms> sms(String kontoId, String id) {
    return jdbc.sql("SELECT * FROM sim_sms WHERE konto_id = ? AND id = ?").params(kontoId, id).query(Sms.class).optional();
  }

  List<Sms> alle() {
    return jdbc.sql("SELECT * FROM sim_sms ORDER BY opprettet DESC, id").query(Sms.class).list();
  }
}
