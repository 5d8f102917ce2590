package no.ledsagerbevis.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import no.ledsagerbevis.identity.BasicCredentials;
import no.ledsagerbevis.web.AuthenticationCache.Authentication;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic authentication of /api and /engine-rest against Camunda's identity service; on /api also the
 * webapps' login session (with its CSRF token on modifying requests), so that our Tasklist scripts reach the API.
 * On success the engine's current authentication (user, groups, tenants) is set for the request, so that engine
 * calls made by our controllers are authorization- and tenant-checked like those of the webapps. Who a request
 * is comes from the {@link AuthenticationCache} when it was checked a moment ago.
 */
public class HttpBasicAuthenticationFilter extends OncePerRequestFilter {

  private final IdentityService identityService;
  private final AuthenticationCache cache;
  private final Optional<WebappSession> webappSession;

  public HttpBasicAuthenticationFilter(IdentityService identityService, AuthenticationCache cache) {
    this(identityService, cache, Optional.empty());
  }

  HttpBasicAuthenticationFilter(IdentityService identityService, AuthenticationCache cache,
      Optional<WebappSession> webappSession) {
    this.identityService = identityService;
    this.cache = cache;
    this.webappSession = webappSession;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<BasicCredentials> credentials = BasicCredentials.from(request.getHeader(HttpHeaders.AUTHORIZATION));
    if (credentials.isPresent()) {
      String user = credentials.get().user();
      Optional<Authentication> authentication = cache.forCredentials(user, credentials.get().password(),
          () -> identityService.checkPassword(user, credentials.get().password()) ? Optional.of(load(user)) : Optional.empty());
      if (authentication.isEmpty()) {
        refuseUnauthenticated(request, response);
        return;
      }
      runAs(authentication.get(), request, response, chain);
      return;
    }
    Optional<String> sessionUser = webappSession.flatMap(session -> session.userId(request));
    if (sessionUser.isEmpty()) {
      refuseUnauthenticated(request, response);
      return;
    }
    if (!webappSession.get().passesCsrfCheck(request)) {
      ProblemResponses.write(response, ProblemResponses.problem(HttpStatus.FORBIDDEN, "Mangler CSRF-token",
          "Forespørselen kom uten gyldig X-XSRF-TOKEN for innloggingen i Camunda. Last siden på nytt og prøv igjen."));
      return;
    }
    try {
      runAs(cache.forUser(sessionUser.get(), this::load), request, response, chain);
    } finally {
      if (WebappSession.modifies(request)) {
        webappSession.get().refresh(request);
      }
    }
  }

  private void runAs(Authentication authentication, HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    try {
      identityService.setAuthentication(authentication.userId(), authentication.groupIds(), authentication.tenantIds());
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private static void refuseUnauthenticated(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    // Our scripts in the webapps send the CSRF header; they must not make the browser pop up a Basic login dialog.
    if (request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME) == null) {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"ledsagerbevis\", charset=\"UTF-8\"");
    }
    ProblemResponses.write(response, ProblemResponses.problem(HttpStatus.UNAUTHORIZED, "Ikke innlogget",
        "Logg inn i Camunda, eller oppgi brukernavn og passord (HTTP Basic) for en bruker i Camunda."));
  }

  private Authentication load(String userId) {
    return new Authentication(userId, groupIdsOf(userId), tenantIdsOf(userId));
  }

  private List<String> groupIdsOf(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
  }

  private List<String> tenantIdsOf(String userId) {
    return identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
        .map(Tenant::getId).toList();
  }
}
