package no.ledsagerbevis.simulator;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Refuses to start the simulator next to an app on PostgreSQL unless
 * {@code ledsagerbevis.fiks.simulator.allow-on-postgresql=true}: PostgreSQL is what production runs on, and the
 * simulator serves letters and a reset without login. A bean factory post-processor, so it runs before any bean
 * (Flyway, Camunda) has touched the database.
 */
class SimulatorPostgresGuard implements BeanFactoryPostProcessor {

  static final String ALLOW = "ledsagerbevis.fiks.simulator.allow-on-postgresql";

  private final Environment environment;

  SimulatorPostgresGuard(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    Binder binder = Binder.get(environment);
    String url = binder.bind("spring.datasource.url", String.class).orElse("");
    boolean allowed = binder.bind(ALLOW, Boolean.class).orElse(false);
    if (url.startsWith("jdbc:postgresql:") && !allowed) {
      throw new IllegalStateException("Refusing to start: the bundled Fiks simulator "
          + "(ledsagerbevis.fiks.simulator.enabled=true, the default and demo runs) would run on the PostgreSQL "
          + "database " + withoutCredentials(url) + ". Start with the prod profile for a real installation, or set "
          + ALLOW + "=true (LEDSAGERBEVIS_FIKS_SIMULATOR_ALLOWONPOSTGRESQL=true) for a demo or test on PostgreSQL.");
    }
  }

  private static String withoutCredentials(String url) {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }
}
