package no.ledsagerbevis.simulator;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Switches the simulator on: the PostgreSQL guard, its properties and the header check on the Fiks service
 * paths. Its tables come from {@link SimulatorDatabase}.
 */
@Configuration
@ConditionalOnSimulator
@EnableConfigurationProperties(SimulatorProperties.class)
class SimulatorConfiguration implements WebMvcConfigurer {

  private final SimulatorAuthInterceptor auth;

  SimulatorConfiguration(SimulatorAuthInterceptor auth) {
    this.auth = auth;
  }

  @Bean
  static SimulatorPostgresGuard simulatorPostgresGuard(Environment environment) {
    return new SimulatorPostgresGuard(environment);
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(auth).addPathPatterns(
        "/fiks-simulator/api/v2/**",
        "/fiks-simulator/folkeregister/**",
        "/fiks-simulator/dokumentlager/**",
        "/fiks-simulator/varsling/**",
        "/fiks-simulator/forvaltning/**");
  }
}
