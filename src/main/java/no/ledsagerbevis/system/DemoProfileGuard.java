package no.ledsagerbevis.system;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start with the demo profile together with prod: demo seeds users with the well-known
 * password "demo" and example cases, which must never reach a production database. It runs before any
 * bean, so nothing has touched the database when it refuses.
 */
public class DemoProfileGuard implements EnvironmentPostProcessor, Ordered {

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (environment.acceptsProfiles(Profiles.of("prod & demo"))) {
      throw new IllegalStateException("Refusing to start: the demo profile (example users with the password "
          + "'demo', example cases) cannot run together with the prod profile. Remove 'demo' from "
          + "SPRING_PROFILES_ACTIVE / spring.profiles.active.");
    }
  }

  @Override
  public int getOrder() {
    // Before AdminPasswordGuard, so that the profile mistake is the one reported.
    return Ordered.LOWEST_PRECEDENCE - 1;
  }
}
