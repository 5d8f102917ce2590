package no.ledsagerbevis.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import no.ledsagerbevis.LedsagerbevisApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

class ConnectionBudgetTest {

  @Test
  void theShippedSettingsLeaveTheApiItsReserve() throws Exception {
    StandardEnvironment environment = new StandardEnvironment();
    new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
        .forEach(environment.getPropertySources()::addLast);
    ConnectionBudget budget = ConnectionBudgetGuard.budget(Binder.get(environment));

    assertThat(budget).isEqualTo(new ConnectionBudget(20, true, 6, 4));
    assertThat(budget.jobShare()).isEqualTo(13);
    assertThat(budget.suffices()).isTrue();
  }

  @Test
  void theOldSettingsAreRefused() {
    // Hikari's and Camunda's defaults: 10 connections, up to 10 job threads. This is how the app collapsed.
    ConnectionBudget budget = ConnectionBudgetGuard.budget(binder(Map.of()));
    assertThat(budget).isEqualTo(new ConnectionBudget(10, true, 10, 4));
    assertThat(budget.suffices()).isFalse();
    assertThat(budget.refusal()).contains("maximum-pool-size=10", "max-pool-size=10", "at least 25",
        "ledsagerbevis.database.api-reserve");
  }

  @Test
  void theBoundaryIsTwoConnectionsPerJobThreadPlusAcquisitionPlusTheReserve() {
    assertThat(new ConnectionBudget(6, true, 1, 3).suffices()).isTrue();
    assertThat(new ConnectionBudget(5, true, 1, 3).suffices()).isFalse();
    assertThat(new ConnectionBudget(11, true, 3, 4).suffices()).isTrue();
    assertThat(new ConnectionBudget(10, true, 3, 4).suffices()).isFalse();
  }

  @Test
  void withoutTheJobExecutorOnlyTheReserveCounts() {
    ConnectionBudget budget = ConnectionBudgetGuard.budget(binder(Map.of(
        "spring.datasource.hikari.maximum-pool-size", "4", "camunda.bpm.job-execution.enabled", "false")));
    assertThat(budget.jobShare()).isZero();
    assertThat(budget.suffices()).isTrue();
  }

  @Test
  void refusesToStartWithTooSmallAPoolBeforeAnyBeanTouchesTheDatabase() {
    // A database that does not answer: had any bean connected, the start would fail with a connection error instead.
    assertThatThrownBy(() -> SpringApplication.run(LedsagerbevisApplication.class,
        "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/ingen",
        "--spring.datasource.hikari.maximum-pool-size=6",
        "--camunda.bpm.job-execution.max-pool-size=4",
        "--server.port=0"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("Refusing to start: the database pool (spring.datasource.hikari.maximum-pool-size=6)")
        .hasMessageContaining("at least 13");
  }

  private static Binder binder(Map<String, String> settings) {
    return new Binder(new MapConfigurationPropertySource(settings));
  }
}
