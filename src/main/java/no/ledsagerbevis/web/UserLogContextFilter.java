package no.ledsagerbevis.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import no.ledsagerbevis.identity.Callers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the user id of a request into the logging context ({@code userId}), next to the engine's own keys
 * (processInstanceId, businessKey, ...) that Camunda adds while a command runs. Runs after
 * {@link HttpBasicAuthenticationFilter}, whose authentication it reads on /api and /engine-rest; elsewhere the
 * Camunda webapp session tells. The user id is a Camunda login name, never a fødselsnummer.
 */
class UserLogContextFilter extends OncePerRequestFilter {

  static final String USER_ID = "userId";

  private final IdentityService identityService;
  private final Callers callers;

  UserLogContextFilter(IdentityService identityService, Callers callers) {
    this.identityService = identityService;
    this.callers = callers;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<String> userId = Optional.ofNullable(identityService.getCurrentAuthentication())
        .map(Authentication::getUserId)
        .or(() -> callers.webappUserId(request));
    if (userId.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    try (MDC.MDCCloseable ignored = MDC.putCloseable(USER_ID, userId.get())) {
      chain.doFilter(request, response);
    }
  }
}
