package no.ledsagerbevis.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Filters in front of the Camunda webapps' own pages. */
@Configuration
class WebappPageFilters {

  /** Before Camunda's header-security filter, which writes the nonce, and the page filter, which reads it. */
  @Bean
  FilterRegistrationBean<RequestScopedCspNonceFilter> requestScopedCspNonce() {
    FilterRegistrationBean<RequestScopedCspNonceFilter> registration =
        new FilterRegistrationBean<>(new RequestScopedCspNonceFilter());
    registration.addUrlPatterns("/camunda/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
