package no.ledsagerbevis.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import no.ledsagerbevis.support.H2AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The simulator has a connection pool of its own: with every connection of the app's pool taken (a job
 * holding one while it calls the simulator, as in issue 13), the simulator still answers.
 */
class SimulatorDatabaseTest extends H2AppTest {

  @Autowired
  ApplicationContext context;
  @Autowired
  DataSource dataSource;
  @Autowired
  SimulatorDatabase simulatorDatabase;

  @Test
  void theAppsDataSourceIsTheOnlyDataSourceBean() {
    assertThat(context.getBeansOfType(DataSource.class)).hasSize(1).containsValue(dataSource);
    HikariDataSource own = (HikariDataSource) simulatorDatabase.dataSource();
    assertThat(own).isNotSameAs(dataSource);
    assertThat(own.getPoolName()).isEqualTo("fiks-simulator");
    assertThat(own.getMaximumPoolSize()).isEqualTo(4);
  }

  @Test
  void theSimulatorAnswersWhileTheAppsPoolIsExhausted() throws Exception {
    HikariDataSource app = (HikariDataSource) dataSource;
    List<Connection> held = new ArrayList<>();
    try {
      for (int i = 0; i < app.getMaximumPoolSize(); i++) {
        held.add(app.getConnection());
      }
      assertThat(app.getHikariPoolMXBean().getIdleConnections()).isZero();
      long start = System.nanoTime();
      assertThat(http().get("/fiks-simulator/api/kommuner").body()).contains("0301");
      assertThat(http().get("/fiks-simulator/api/svarut/forsendelser").status()).isEqualTo(200);
      // Far below Hikari's 30 s connection timeout: nothing waited for the app's pool.
      assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(20_000);
    } finally {
      for (Connection connection : held) {
        connection.close();
      }
    }
  }
}
