package no.ledsagerbevis.system;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start when the job executor could take so many connections that the API is left without its
 * reserve ({@link ConnectionBudget}). Runs on the settings alone, before any bean, so nothing has touched the
 * database when it refuses. The defaults are those of Hikari and Camunda when a setting is absent.
 */
public class ConnectionBudgetGuard implements EnvironmentPostProcessor, Ordered {

  static final int HIKARI_DEFAULT_POOL_SIZE = 10;
  static final int CAMUNDA_DEFAULT_MAX_POOL_SIZE = 10;
  static final int DEFAULT_API_RESERVE = 4;

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    ConnectionBudget budget = budget(Binder.get(environment));
    if (!budget.suffices()) {
      throw new IllegalStateException(budget.refusal());
    }
  }

  static ConnectionBudget budget(Binder settings) {
    return new ConnectionBudget(
        settings.bind("spring.datasource.hikari.maximum-pool-size", Integer.class).orElse(HIKARI_DEFAULT_POOL_SIZE),
        settings.bind("camunda.bpm.job-execution.enabled", Boolean.class).orElse(true),
        settings.bind("camunda.bpm.job-execution.max-pool-size", Integer.class).orElse(CAMUNDA_DEFAULT_MAX_POOL_SIZE),
        settings.bind("ledsagerbevis.database.api-reserve", Integer.class).orElse(DEFAULT_API_RESERVE));
  }

  @Override
  public int getOrder() {
    // After DemoProfileGuard and AdminPasswordGuard: their mistakes are the more serious ones to report.
    return Ordered.LOWEST_PRECEDENCE;
  }
}
