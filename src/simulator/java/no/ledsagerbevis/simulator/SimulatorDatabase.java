package no.ledsagerbevis.simulator;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The simulator's own way into the database: a small connection pool of its own (on the app's database
 * unless {@code ledsagerbevis.fiks.simulator.datasource.*} says otherwise), its own Flyway history and its
 * own transactions. A job of the app may hold one of the app's connections while it calls the simulator
 * over HTTP; the simulator never waits for the app's pool. The pool is deliberately no Spring bean: a second
 * DataSource bean would make Spring Boot's own DataSource, Flyway and Camunda configuration back off.
 */
@Component
@ConditionalOnSimulator
class SimulatorDatabase implements DisposableBean {

  static final String MIGRATIONS = "classpath:db/simulator";
  static final String HISTORY_TABLE = "sim_schema_history";

  private final HikariDataSource pool;
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;

  SimulatorDatabase(DataSourceProperties app, SimulatorProperties properties,
      @Value("${spring.flyway.table:flyway_schema_history}") String appHistoryTable) {
    SimulatorProperties.Datasource own = properties.getDatasource();
    pool = new HikariDataSource();
    pool.setPoolName("fiks-simulator");
    pool.setJdbcUrl(own.getUrl() != null ? own.getUrl() : app.determineUrl());
    pool.setUsername(own.getUrl() != null ? own.getUsername() : app.determineUsername());
    pool.setPassword(own.getUrl() != null ? own.getPassword() : app.determinePassword());
    pool.setMaximumPoolSize(own.getMaximumPoolSize());
    pool.setMinimumIdle(0);
    jdbc = JdbcClient.create(pool);
    transactions = new TransactionTemplate(new DataSourceTransactionManager(pool));
    try {
      migrate(appHistoryTable);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  JdbcClient jdbc() {
    return jdbc;
  }

  javax.sql.DataSource dataSource() {
    return pool;
  }

  <T> T inTransaction(Supplier<T> work) {
    return transactions.execute(status -> work.get());
  }

  void inTransaction(Runnable work) {
    inTransaction(() -> {
      work.run();
      return null;
    });
  }

  /**
   * The simulator's tables by its own Flyway ({@code sim_schema_history}), so the app's Flyway needs no
   * {@code outOfOrder}. A database from before this split has the V2_x rows in the app's history and the tables
   * already: those versions are adopted as the baseline instead of being run again.
   */
  private void migrate(String appHistoryTable) {
    Flyway.configure()
        .dataSource(pool)
        .locations(MIGRATIONS)
        .table(HISTORY_TABLE)
        .baselineOnMigrate(true)
        .baselineVersion(alreadyApplied(appHistoryTable))
        .baselineDescription("simulator tables from the app history")
        .load()
        .migrate();
  }

  private MigrationVersion alreadyApplied(String appHistoryTable) {
    List<String> versions;
    try {
      versions = jdbc.sql("SELECT \"version\" FROM \"" + appHistoryTable.replace("\"", "")
          + "\" WHERE \"success\" = TRUE AND \"version\" LIKE '2.%'").query(String.class).list();
    } catch (DataAccessException e) {
      // A fresh database: the app's Flyway has not created its history table yet.
      return MigrationVersion.fromVersion("0");
    }
    return versions.stream().map(MigrationVersion::fromVersion).max(MigrationVersion::compareTo)
        .orElse(MigrationVersion.fromVersion("0"));
  }

  @Override
  public void destroy() {
    pool.close();
  }
}
