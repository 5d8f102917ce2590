package no.ledsagerbevis.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.ledsagerbevis.LedsagerbevisApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultBootstrapContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.mock.env.MockEnvironment;

/**
 * Where the simulator is on: the default run and the demo profile, no other profile. It refuses to start
 * next to PostgreSQL unless asked for by name.
 */
class SimulatorActivationTest {

  @Test
  void theDefaultRunHasTheSimulatorAndCallsIt() {
    StandardEnvironment environment = configuration();
    assertThat(environment.getProperty("ledsagerbevis.fiks.simulator.enabled")).isEqualTo("true");
    assertThat(environment.getProperty("ledsagerbevis.fiks.svarut.base-url")).isEqualTo("http://localhost:8080/fiks-simulator");
    assertThat(environment.getProperty("ledsagerbevis.fiks.maskinporten.enabled")).isEqualTo("false");
  }

  @Test
  void theDemoHasTheSimulatorAndCallsIt() {
    StandardEnvironment environment = configuration("demo");
    assertThat(environment.getProperty("ledsagerbevis.fiks.simulator.enabled")).isEqualTo("true");
    assertThat(environment.getProperty("ledsagerbevis.fiks.api.base-url")).isEqualTo("http://localhost:8080/fiks-simulator");
  }

  @Test
  void anyOtherProfileTalksToTheRealFiksPlatform() {
    for (String profile : new String[] {"staging", "prod"}) {
      StandardEnvironment environment = configuration(profile);
      assertThat(environment.getProperty("ledsagerbevis.fiks.simulator.enabled")).as(profile).isEqualTo("false");
      assertThat(environment.getProperty("ledsagerbevis.fiks.svarut.base-url")).as(profile).isEqualTo("https://svarut.ks.no");
      assertThat(environment.getProperty("ledsagerbevis.fiks.api.base-url")).as(profile).isEqualTo("https://api.fiks.ks.no");
      assertThat(environment.getProperty("ledsagerbevis.fiks.forvaltning.base-url")).as(profile)
          .isEqualTo("https://forvaltning.fiks.ks.no");
      assertThat(environment.getProperty("ledsagerbevis.fiks.maskinporten.enabled")).as(profile).isEqualTo("true");
    }
  }

  @Test
  void theAppRefusesToStartTheSimulatorOnPostgresqlBeforeTouchingTheDatabase() {
    // Port 1 answers nothing: the refusal must come before any connection is tried, so no engine starts either.
    SpringApplicationBuilder app = new SpringApplicationBuilder(LedsagerbevisApplication.class);
    assertThatThrownBy(() -> {
      try (ConfigurableApplicationContext started = app.run("--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/ledsagerbevis",
          "--spring.datasource.username=ledsagerbevis", "--server.port=0")) {
        assertThat(started).as("the app must not start").isNull();
      }
    }).hasStackTraceContaining("Refusing to start: the bundled Fiks simulator")
        .hasStackTraceContaining("ledsagerbevis.fiks.simulator.allow-on-postgresql=true");
  }

  @Test
  void theGuardLetsH2AndAnExplicitAllowanceThrough() {
    new SimulatorPostgresGuard(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:mem:x"))
        .postProcessBeanFactory(null);
    new SimulatorPostgresGuard(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/x")
        .withProperty(SimulatorPostgresGuard.ALLOW, "true")).postProcessBeanFactory(null);
    assertThatThrownBy(() -> new SimulatorPostgresGuard(new MockEnvironment()
        .withProperty("spring.datasource.url", "jdbc:postgresql://db/x?password=geheim")).postProcessBeanFactory(null))
        .hasMessageContaining("jdbc:postgresql://db/x.").hasMessageNotContaining("geheim");
  }

  private static StandardEnvironment configuration(String... profiles) {
    StandardEnvironment environment = new StandardEnvironment();
    ConfigDataEnvironmentPostProcessor.applyTo(environment, new DefaultResourceLoader(), new DefaultBootstrapContext(),
        profiles);
    return environment;
  }
}
