package no.ledsagerbevis.web;

import no.ledsagerbevis.identity.Callers;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers {@link OperatorPagesFilter} on the actuator, Swagger UI and the OpenAPI document, and
 * {@link UserLogContextFilter} on every request (after the Basic authentication of /api and /engine-rest).
 */
@Configuration
class OperatorPages {

  @Bean
  FilterRegistrationBean<OperatorPagesFilter> operatorPagesFilter(Callers callers) {
    FilterRegistrationBean<OperatorPagesFilter> registration = new FilterRegistrationBean<>(new OperatorPagesFilter(callers));
    registration.addUrlPatterns("/actuator", "/actuator/*", "/v3/api-docs", "/v3/api-docs/*", "/swagger-ui.html",
        "/swagger-ui/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 15);
    return registration;
  }

  @Bean
  FilterRegistrationBean<UserLogContextFilter> userLogContextFilter(IdentityService identityService, Callers callers) {
    FilterRegistrationBean<UserLogContextFilter> registration =
        new FilterRegistrationBean<>(new UserLogContextFilter(identityService, callers));
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 12);
    return registration;
  }
}
