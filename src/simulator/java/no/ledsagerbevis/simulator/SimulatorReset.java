package no.ledsagerbevis.simulator;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Service;

/** Empties every simulator table and loads the seed data again (the same script Flyway ran first); clears the injected faults. */
@Service
@ConditionalOnSimulator
class SimulatorReset {

  static final String SEED = "db/simulator/V2_2__fiks_simulator_seed.sql";
  private static final String[] TABLES = {"sim_forsendelse_dokument", "sim_forsendelse", "sim_sms", "sim_dokument",
      "sim_ressurs", "sim_svarut_konto", "sim_kommune_tjeneste", "sim_kommune", "sim_person"};

  private final SimulatorDatabase database;
  private final SimFeilregister feil;

  SimulatorReset(SimulatorDatabase database, SimFeilregister feil) {
    this.database = database;
    this.feil = feil;
  }

  void reset() {
    feil.tom();
    database.inTransaction(() -> {
      for (String table : TABLES) {
        database.jdbc().sql("DELETE FROM " + table).update();
      }
      ResourceDatabasePopulator seed = new ResourceDatabasePopulator(new ClassPathResource(SEED));
      seed.setSqlScriptEncoding("UTF-8");
      seed.execute(database.dataSource());
    });
  }
}
