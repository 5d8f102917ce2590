package no.ledsagerbevis.simulator;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
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
