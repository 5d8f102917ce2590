package no.ledsagerbevis.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;

/**
 * The login of the Camunda webapps (Tasklist, Cockpit, Admin) as kept in the HTTP session, so that our scripts in
 * Tasklist can call /api/v1 as the logged-in user. A session travels with every request the browser makes, also
 * one a foreign site provokes, so a modifying request must also carry the session's CSRF token, exactly as
 * Camunda's CsrfPreventionFilter asks of the webapps' own API.
 */
class WebappSession {

  private static final Set<String> NON_MODIFYING_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private final ProcessEngine engine;
  private final long authCacheTimeToLiveMillis;

  WebappSession(ProcessEngine engine, long authCacheTimeToLiveMillis) {
    this.engine = engine;
    this.authCacheTimeToLiveMillis = authCacheTimeToLiveMillis;
  }

  /** The user logged in to the webapps in this request's session, if any (and if it still exists). */
  Optional<String> userId(HttpServletRequest request) {
    return authentications(request)
        .map(auths -> auths.getAuthenticationForProcessEngine(engine.getName()))
        .map(Authentication::getIdentityId)
        .filter(userId -> engine.getIdentityService().createUserQuery().userId(userId).count() == 1);
  }

  /** True for a request that changes nothing, or that carries the session's CSRF token in X-XSRF-TOKEN. */
  boolean passesCsrfCheck(HttpServletRequest request) {
    if (!modifies(request)) {
      return true;
    }
    HttpSession session = request.getSession(false);
    Object expected = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    String given = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    return expected instanceof String token && given != null && !token.isBlank()
        && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }

  static boolean modifies(HttpServletRequest request) {
    return !NON_MODIFYING_METHODS.contains(request.getMethod());
  }

  /**
   * Reloads the groups, tenants and apps the webapps hold for this session's user: after the user changed its own
   * memberships through /api/v1 (switched the active group), Tasklist must show the new group at once, not after
   * the webapps' authentication cache expires.
   */
  void refresh(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Optional<Authentications> authentications = authentications(request);
    if (session == null || authentications.isEmpty()) {
      return;
    }
    Authentication current = authentications.get().getAuthenticationForProcessEngine(engine.getName());
    if (current == null) {
      return;
    }
    UserAuthentication renewed = AuthenticationUtil.createAuthentication(engine, current.getIdentityId());
    if (renewed == null) {
      authentications.get().removeByEngineName(engine.getName());
    } else {
      if (authCacheTimeToLiveMillis > 0) {
        renewed.setCacheValidationTime(new Date(ClockUtil.getCurrentTime().getTime() + authCacheTimeToLiveMillis));
      }
      authentications.get().addOrReplace(renewed);
    }
    AuthenticationUtil.updateSession(session, authentications.get());
  }

  private static Optional<Authentications> authentications(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(AuthenticationUtil.getAuthsFromSession(session));
    } catch (IllegalStateException invalidated) {
      return Optional.empty();
    }
  }
}
