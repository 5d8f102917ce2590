package no.ledsagerbevis.web;

import java.time.Duration;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The servlet filters that close what Camunda 7.24 CE leaves open: authentication on /engine-rest
 * and /api (also with the webapps' session there), the admin setup endpoint, body sizes, expressions in
 * or-queries, and engine writes of non-operators.
 */
@Configuration
class SecurityFilters {

  static final String ENGINE_REST = "/engine-rest/*";
  static final String WEBAPP_ENGINE_API = "/camunda/api/engine/*";

  @Bean
  FilterRegistrationBean<AdminSetupGuardFilter> adminSetupGuard() {
    FilterRegistrationBean<AdminSetupGuardFilter> registration = new FilterRegistrationBean<>(new AdminSetupGuardFilter());
    registration.addUrlPatterns("/camunda/api/admin/setup/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  FilterRegistrationBean<FodselsnummerInUrlGuardFilter> fodselsnummerInUrlGuard() {
    FilterRegistrationBean<FodselsnummerInUrlGuardFilter> registration =
        new FilterRegistrationBean<>(new FodselsnummerInUrlGuardFilter());
    registration.addUrlPatterns("/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    return registration;
  }

  /** As long as the webapps' own cache, at most 5 s (docs/access.md). */
  @Bean
  AuthenticationCache authenticationCache(
      @Value("${camunda.bpm.webapp.auth.cache.time-to-live:300000}") long authCacheTimeToLiveMillis) {
    return new AuthenticationCache(Duration.ofMillis(Math.min(authCacheTimeToLiveMillis, 5000)));
  }

  @Bean
  FilterRegistrationBean<HttpBasicAuthenticationFilter> basicAuthentication(IdentityService identityService,
      AuthenticationCache authenticationCache) {
    // Our own filter on /engine-rest too: Camunda's ProcessEngineAuthenticationFilter lets /engine-rest/engine through unauthenticated.
    FilterRegistrationBean<HttpBasicAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new HttpBasicAuthenticationFilter(identityService, authenticationCache));
    registration.setName("engineRestAuthentication");
    registration.addUrlPatterns(ENGINE_REST);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<HttpBasicAuthenticationFilter> apiAuthentication(ProcessEngine engine,
      AuthenticationCache authenticationCache,
      @Value("${camunda.bpm.webapp.auth.cache.time-to-live:300000}") long authCacheTimeToLiveMillis) {
    WebappSession webappSession = new WebappSession(engine, authCacheTimeToLiveMillis);
    FilterRegistrationBean<HttpBasicAuthenticationFilter> registration = new FilterRegistrationBean<>(
        new HttpBasicAuthenticationFilter(engine.getIdentityService(), authenticationCache, Optional.of(webappSession)));
    registration.setName("apiAuthentication");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /** After authentication on /api and /engine-rest (a stranger gets 401 and nothing is read), before any body is read. */
  @Bean
  FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimit(RequestBodyLimits limits) {
    FilterRegistrationBean<RequestBodyLimitFilter> registration =
        new FilterRegistrationBean<>(new RequestBodyLimitFilter(limits));
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 15);
    return registration;
  }

  @Bean
  FilterRegistrationBean<EngineWriteGuardFilter> engineWriteGuard(IdentityService identityService,
      TaskFormFields formFields) {
    // After authentication (engine-rest: our Basic filter; webapps: their session), before the engine.
    FilterRegistrationBean<EngineWriteGuardFilter> registration =
        new FilterRegistrationBean<>(new EngineWriteGuardFilter(identityService, formFields));
    registration.addUrlPatterns(ENGINE_REST, WEBAPP_ENGINE_API);
    // After the body limit too: it reads the body of completions.
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 17);
    return registration;
  }

  @Bean
  FilterRegistrationBean<OrQueryExpressionGuardFilter> orQueryExpressionGuard() {
    FilterRegistrationBean<OrQueryExpressionGuardFilter> registration =
        new FilterRegistrationBean<>(new OrQueryExpressionGuardFilter());
    registration.addUrlPatterns(ENGINE_REST, WEBAPP_ENGINE_API);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }
}
