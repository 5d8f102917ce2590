package no.ledsagerbevis.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.util.Map;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.glassfish.jersey.servlet.ServletProperties;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives the webapps' engine API (what Tasklist submits forms to) the same answer as engine-rest for a
 * rule broken at task completion: 400 with the Norwegian message alone, instead of a 500 that wraps it
 * in the engine's English. Camunda's initializer registers the "Engine Api" servlet only when none of
 * that name exists, so we register it first, the same way, with our exception mappers added.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebappRuleErrors implements ServletContextInitializer {

  static final String SERVLET_NAME = "Engine Api";

  private final CamundaBpmProperties camunda;

  WebappRuleErrors(CamundaBpmProperties camunda) {
    this.camunda = camunda;
  }

  @Override
  public void onStartup(ServletContext servletContext) {
    if (servletContext.getServletRegistration(SERVLET_NAME) != null) {
      return;
    }
    ServletRegistration.Dynamic servlet = servletContext.addServlet(SERVLET_NAME, ServletContainer.class);
    servlet.addMapping(camunda.getWebapp().getApplicationPath() + "/api/engine/*");
    servlet.setInitParameters(Map.of(
        ServletProperties.JAXRS_APPLICATION_CLASS, EngineRestApplication.class.getName(),
        ServerProperties.PROVIDER_CLASSNAMES, String.join(",",
            EngineRestRuleErrors.RuleInRestException.class.getName(),
            EngineRestRuleErrors.RuleInProcessEngineException.class.getName())));
  }
}
