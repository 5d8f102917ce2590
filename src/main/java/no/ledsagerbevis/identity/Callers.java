package no.ledsagerbevis.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Finds the caller of a request outside /api and /engine-rest: HTTP Basic against Camunda's identity service
 * (scripts, Prometheus) or the session of a user logged in to the Camunda webapps (a browser).
 */
@Component
public class Callers {

  private static final String ENGINE = "default";

  private final IdentityService identityService;

  public Callers(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** True when the request carries Basic credentials at all (right or wrong). */
  public static boolean sendsCredentials(HttpServletRequest request) {
    return request.getHeader(HttpHeaders.AUTHORIZATION) != null;
  }

  /** The caller, or empty for an anonymous request or wrong credentials. */
  public Optional<Caller> find(HttpServletRequest request) {
    if (sendsCredentials(request)) {
      return BasicCredentials.from(request.getHeader(HttpHeaders.AUTHORIZATION))
          .filter(credentials -> identityService.checkPassword(credentials.user(), credentials.password()))
          .map(credentials -> new Caller(credentials.user(), identityService.createGroupQuery()
              .groupMember(credentials.user()).list().stream().map(Group::getId).toList()));
    }
    return fromWebappSession(request.getSession(false));
  }

  /** The user of a Camunda webapp session, without looking at credentials. */
  public Optional<String> webappUserId(HttpServletRequest request) {
    return fromWebappSession(request.getSession(false)).map(Caller::userId);
  }

  private static Optional<Caller> fromWebappSession(HttpSession session) {
    if (session == null) {
      return Optional.empty();
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    Authentication authentication = authentications == null ? null
        : authentications.getAuthenticationForProcessEngine(ENGINE);
    if (authentication instanceof UserAuthentication user) {
      return Optional.of(new Caller(user.getIdentityId(), user.getGroupIds() == null ? List.of() : user.getGroupIds()));
    }
    return Optional.empty();
  }
}
