package no.ledsagerbevis.fiks;

import static org.assertj.core.api.Assertions.assertThat;

import no.ledsagerbevis.support.H2AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** With the simulator off (as in prod) its paths and its tables do not exist. */
@TestPropertySource(properties = "ledsagerbevis.fiks.simulator.enabled=false")
class SimulatorDisabledTest extends H2AppTest {

  @Autowired
  JdbcClient jdbc;

  @Test
  void theSimulatorPathsAreNotServed() {
    assertThat(http().get("/fiks-simulator").status()).isEqualTo(404);
    assertThat(http().get("/fiks-simulator/api/svarut/forsendelser").status()).isEqualTo(404);
    assertThat(http().postForm("/fiks-simulator/token", "grant_type=client_credentials&scope=ks:fiks", java.util.Map.of()).status())
        .isEqualTo(404);
  }

  @Test
  void theSimulatorTablesAreNotCreated() {
    assertThat(simulatorTables(jdbc)).isZero();
  }

  static int simulatorTables(JdbcClient jdbc) {
    return jdbc.sql("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE LOWER(TABLE_NAME) LIKE 'sim\\_%' ESCAPE '\\'")
        .query(Integer.class).single();
  }
}
