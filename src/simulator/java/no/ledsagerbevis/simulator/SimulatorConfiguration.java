package no.ledsagerbevis.simulator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.api.Location;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Switches the simulator on: its tables (Flyway location {@code db/simulator}, versions V2_x, so they never
 * exist in a database that never ran the simulator) and the header check on the Fiks service paths.
 */
@Configuration
@ConditionalOnSimulator
@EnableConfigurationProperties(SimulatorProperties.class)
class SimulatorConfiguration implements WebMvcConfigurer {

  static final String MIGRATIONS = "classpath:db/simulator";

  private final SimulatorAuthInterceptor auth;

  SimulatorConfiguration(SimulatorAuthInterceptor auth) {
    this.auth = auth;
  }

  @Bean
  FlywayConfigurationCustomizer simulatorMigrations() {
    return configuration -> {
      List<Location> locations = new ArrayList<>(Arrays.asList(configuration.getLocations()));
      locations.add(new Location(MIGRATIONS));
      // A database that already ran later migrations (V3_x..) without the simulator still gets its V2_x tables.
      configuration.locations(locations.toArray(Location[]::new)).outOfOrder(true);
    };
  }

  /** Before Spring Security and the header check, as a failing load balancer in front of Fiks would be. */
  @Bean
  FilterRegistrationBean<SimFeilFilter> simulatorFeil(SimFeilregister register, SimulatorProperties properties) {
    FilterRegistrationBean<SimFeilFilter> registration =
        new FilterRegistrationBean<>(new SimFeilFilter(register, properties.getSvarforsinkelse()));
    registration.addUrlPatterns("/fiks-simulator/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
    return registration;
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
