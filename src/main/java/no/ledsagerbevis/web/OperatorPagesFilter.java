package no.ledsagerbevis.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import no.ledsagerbevis.identity.Caller;
import no.ledsagerbevis.identity.Callers;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Access to the actuator and the API documentation. {@code /actuator/health} and {@code /actuator/info} are
 * open, but only a caller known to Spring Boot as in role {@code camunda-admin} sees the details (the request
 * is given the caller as principal and its Camunda groups as roles). Every other actuator endpoint
 * ({@code /actuator/prometheus}, ...) is for operators ({@code camunda-admin}) only; Swagger UI and
 * {@code /v3/api-docs} for any logged-in user. Callers log in with HTTP Basic or a Camunda webapp session.
 */
class OperatorPagesFilter extends OncePerRequestFilter {

  private final Callers callers;

  OperatorPagesFilter(Callers callers) {
    this.callers = callers;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Optional<Caller> caller = callers.find(request);
    if (Callers.sendsCredentials(request) && caller.isEmpty()) {
      unauthorized(response);
      return;
    }
    if (!isPublic(path)) {
      if (caller.isEmpty()) {
        unauthorized(response);
        return;
      }
      if (isActuator(path) && !caller.get().isOperator()) {
        ProblemResponses.write(response, ProblemResponses.problem(HttpStatus.FORBIDDEN, "Ingen tilgang",
            "Bare driftsoperatører (gruppen camunda-admin) har tilgang til dette endepunktet."));
        return;
      }
    }
    chain.doFilter(caller.<HttpServletRequest>map(c -> new CallerRequest(request, c)).orElse(request), response);
  }

  static boolean isPublic(String path) {
    return path.equals("/actuator/health") || path.startsWith("/actuator/health/") || path.equals("/actuator/info");
  }

  private static boolean isActuator(String path) {
    return path.equals("/actuator") || path.startsWith("/actuator/");
  }

  private static void unauthorized(HttpServletResponse response) throws IOException {
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"ledsagerbevis\", charset=\"UTF-8\"");
    ProblemResponses.write(response, ProblemResponses.problem(HttpStatus.UNAUTHORIZED, "Ikke innlogget",
        "Logg inn i Camunda (Cockpit eller Tasklist) eller oppgi brukernavn og passord (HTTP Basic)."));
  }

  /** The request as Spring Boot's actuator sees it: the caller as principal, its Camunda groups as roles. */
  private static final class CallerRequest extends HttpServletRequestWrapper {

    private final Caller caller;

    CallerRequest(HttpServletRequest request, Caller caller) {
      super(request);
      this.caller = caller;
    }

    @Override
    public Principal getUserPrincipal() {
      return caller::userId;
    }

    @Override
    public String getRemoteUser() {
      return caller.userId();
    }

    @Override
    public boolean isUserInRole(String role) {
      return caller.groupIds().contains(role);
    }
  }
}
