package no.ledsagerbevis.system;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.ledsagerbevis.LedsagerbevisApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.StandardEnvironment;

class DemoProfileGuardTest {

  @Test
  void refusesToStartWithDemoAndProdBeforeAnyBeanTouchesTheDatabase() {
    // A database that does not answer: had any bean connected, the start would fail with a connection error instead.
    assertThatThrownBy(() -> SpringApplication.run(LedsagerbevisApplication.class,
        "--spring.profiles.active=prod,demo",
        "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/ingen",
        "--camunda.bpm.admin-user.password=et-langt-og-sterkt-passord",
        "--server.port=0"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("demo profile")
        .hasMessageContaining("prod profile");
  }

  @Test
  void refusesDemoAndProdInEitherOrder() {
    StandardEnvironment environment = new StandardEnvironment();
    environment.setActiveProfiles("demo", "prod");
    assertThatThrownBy(() -> new DemoProfileGuard().postProcessEnvironment(environment, new SpringApplication()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void allowsDemoAloneAndProdAlone() {
    for (String profile : new String[] {"demo", "prod"}) {
      StandardEnvironment environment = new StandardEnvironment();
      environment.setActiveProfiles(profile);
      new DemoProfileGuard().postProcessEnvironment(environment, new SpringApplication());
    }
  }
}
