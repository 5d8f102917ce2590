package no.ledsagerbevis.system;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start where the default admin password is not allowed (the prod profile) while the
 * password is unset or still the default. It runs before any bean, so the engine never creates an
 * admin user with a known password in a production database.
 */
public class AdminPasswordGuard implements EnvironmentPostProcessor, Ordered {

  static final String DEFAULT_PASSWORD = "admin";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    boolean defaultAllowed = environment.getProperty(
        "ledsagerbevis.security.default-admin-password-allowed", Boolean.class, true);
    if (defaultAllowed) {
      return;
    }
    String password = environment.getProperty("camunda.bpm.admin-user.password", "");
    if (isUnsafe(password)) {
      throw new IllegalStateException(
          "Refusing to start: set LEDSAGERBEVIS_ADMIN_PASSWORD to a strong password (not empty, not '"
              + DEFAULT_PASSWORD + "', at least 12 characters) before running with the prod profile.");
    }
  }

  static boolean isUnsafe(String password) {
    return password == null || password.isBlank() || DEFAULT_PASSWORD.equals(password) || password.length() < 12;
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
