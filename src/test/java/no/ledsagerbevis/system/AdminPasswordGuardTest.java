package no.ledsagerbevis.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class AdminPasswordGuardTest {

  private final AdminPasswordGuard guard = new AdminPasswordGuard();

  private StandardEnvironment environment(Map<String, Object> properties) {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
    return environment;
  }

  @Test
  void refusesTheDefaultPasswordWhereItIsNotAllowed() {
    StandardEnvironment env = environment(Map.of(
        "ledsagerbevis.security.default-admin-password-allowed", "false",
        "camunda.bpm.admin-user.password", "admin"));
    assertThatThrownBy(() -> guard.postProcessEnvironment(env, new SpringApplication()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("LEDSAGERBEVIS_ADMIN_PASSWORD");
  }

  @Test
  void refusesAnUnsetPasswordWhereTheDefaultIsNotAllowed() {
    StandardEnvironment env = environment(Map.of(
        "ledsagerbevis.security.default-admin-password-allowed", "false",
        "camunda.bpm.admin-user.password", ""));
    assertThatThrownBy(() -> guard.postProcessEnvironment(env, new SpringApplication()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void acceptsAStrongPassword() {
    StandardEnvironment env = environment(Map.of(
        "ledsagerbevis.security.default-admin-password-allowed", "false",
        "camunda.bpm.admin-user.password", "et-langt-og-sterkt-passord"));
    guard.postProcessEnvironment(env, new SpringApplication());
    assertThat(AdminPasswordGuard.isUnsafe("et-langt-og-sterkt-passord")).isFalse();
  }

  @Test
  void allowsTheDefaultOnTheEmbeddedDefaultRun() {
    StandardEnvironment env = environment(Map.of("camunda.bpm.admin-user.password", "admin"));
    guard.postProcessEnvironment(env, new SpringApplication());
  }
}
