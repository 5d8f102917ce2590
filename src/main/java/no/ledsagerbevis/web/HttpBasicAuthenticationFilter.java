package no.ledsagerbevis.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic authentication of /api and /engine-rest against Camunda's identity service. On success the engine's
 * current authentication (user, groups, tenants) is set for the request, so that engine calls made
 * by our controllers are authorization- and tenant-checked like those of the webapps.
 */
public class HttpBasicAuthenticationFilter extends OncePerRequestFilter {

  private final IdentityService identityService;

  public HttpBasicAuthenticationFilter(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<Credentials> credentials = Credentials.from(request.getHeader(HttpHeaders.AUTHORIZATION));
    if (credentials.isEmpty() || !identityService.checkPassword(credentials.get().user(), credentials.get().password())) {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"ledsagerbevis\", charset=\"UTF-8\"");
      ProblemResponses.write(response, ProblemResponses.problem(HttpStatus.UNAUTHORIZED, "Ikke innlogget",
          "Oppgi brukernavn og passord (HTTP Basic) for en bruker i Camunda."));
      return;
    }
    String userId = credentials.get().user();
    try {
      identityService.setAuthentication(userId, groupIdsOf(userId), tenantIdsOf(userId));
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private List<String> groupIdsOf(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
  }

  private List<String> tenantIdsOf(String userId) {
    return identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
        .map(Tenant::getId).toList();
  }

  record Credentials(String user, String password) {

    static Optional<Credentials> from(String header) {
      if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
        return Optional.empty();
      }
      String decoded;
      try {
        decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
      int colon = decoded.indexOf(':');
      if (colon <= 0) {
        return Optional.empty();
      }
      return Optional.of(new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }
  }
}
