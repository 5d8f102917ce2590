package no.ledsagerbevis.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import no.ledsagerbevis.support.HttpTestSupport;
import no.ledsagerbevis.support.PostgresTestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A PostgreSQL database from before the simulator had its own Flyway: its V2_x migrations ran in the app's
 * history ({@code outOfOrder}). The app still starts on it, the simulator adopts its tables as they are, and
 * the app's Flyway ignores the V2_x rows it no longer has.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"ledsagerbevis.fiks.simulator.allow-on-postgresql=true", "camunda.bpm.job-execution.enabled=false"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SimulatorMigrationIT extends HttpTestSupport {

  @Autowired
  JdbcClient jdbc;

  @BeforeAll
  static void requirePostgres() {
    PostgresTestDatabase.requireServer();
  }

  @DynamicPropertySource
  static void databaseOfTheOldLayout(DynamicPropertyRegistry registry) {
    PostgresTestDatabase database = PostgresTestDatabase.createFor(SimulatorMigrationIT.class);
    // What the app's Flyway did before: both locations, one history table, out of order.
    Flyway.configure()
        .dataSource(database.jdbcUrl(), database.username(), database.password())
        .locations("classpath:db/migration", "classpath:db/simulator")
        .table("ledsagerbevis_schema_history")
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .outOfOrder(true)
        // The layout of that time: migrations up to V9_1 (later ones, such as V19_1's index on an engine table,
        // expect the engine's tables, which the app creates before its own Flyway runs).
        .target("9.1")
        .load()
        .migrate();
    // A letter the simulator received back then: adopting the tables must keep it.
    JdbcClient.create(new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password()))
        .sql("INSERT INTO sim_sms (id, konto_id, fnr, telefonnummer, tekst, opprettet) "
            + "VALUES ('old-sms', 'konto', '15838500002', '91234567', 'Hei', CURRENT_TIMESTAMP)").update();
    registry.add("spring.datasource.url", database::jdbcUrl);
    registry.add("spring.datasource.username", database::username);
    registry.add("spring.datasource.password", database::password);
  }

  @Test
  void theSimulatorAdoptsItsExistingTablesAsItsBaseline() {
    assertThat(jdbc.sql("SELECT type || ':' || version FROM sim_schema_history WHERE success ORDER BY installed_rank")
        .query(String.class).list()).containsExactly("BASELINE:2.2");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM sim_sms WHERE id = 'old-sms'").query(Integer.class).single()).isOne();
    assertThat(http().get("/fiks-simulator/api/kommuner").body()).contains("0301");
  }

  @Test
  void theAppsFlywayKeepsItsOldRowsAndRunsItsOwnMigrations() {
    assertThat(jdbc.sql("SELECT COUNT(*) FROM ledsagerbevis_schema_history WHERE version IN ('2.1', '2.2')")
        .query(Integer.class).single()).isEqualTo(2);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM ledsagerbevis_schema_history WHERE version LIKE '6.%' AND success")
        .query(Integer.class).single()).isPositive();
  }
}
