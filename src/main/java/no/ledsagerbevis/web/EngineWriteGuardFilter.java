package no.ledsagerbevis.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Applies {@link EngineWriteRules} to every authenticated user but operators ({@code camunda-admin}), on
 * engine-rest (HTTP Basic, authenticated by {@link HttpBasicAuthenticationFilter}) and on the webapps' engine
 * API (the Tasklist session). The engine's authorizations are the first line (users hold TASK_WORK, not
 * UPDATE, on their tasks); this filter says no in Norwegian, and covers what authorizations cannot express:
 * which variables a completion may carry.
 */
public class EngineWriteGuardFilter extends OncePerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Up to the engine API: {@code /engine-rest} or {@code /camunda/api/engine}, then an optional {@code /engine/{name}}. */
  private static final Pattern ENGINE_PATH =
      Pattern.compile("^(?:/engine-rest|/camunda/api/engine)(?:/engine/([^/]+))?(/.*)?$");
  private static final String DEFAULT_ENGINE = "default";

  private final IdentityService identityService;
  private final TaskFormFields formFields;
  private final UrlPathHelper paths = new UrlPathHelper();

  EngineWriteGuardFilter(IdentityService identityService, TaskFormFields formFields) {
    this.identityService = identityService;
    this.formFields = formFields;
    paths.setRemoveSemicolonContent(true);
    paths.setUrlDecode(true);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())
        || "OPTIONS".equals(request.getMethod());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = paths.getPathWithinApplication(request).replaceAll("/{2,}", "/");
    Matcher engine = ENGINE_PATH.matcher(path);
    Optional<Caller> caller = engine.matches()
        ? caller(request, engine.group(1) == null ? DEFAULT_ENGINE : engine.group(1)) : Optional.empty();
    if (caller.isEmpty() || caller.get().groupIds().contains(Groups.CAMUNDA_ADMIN)) {
      chain.doFilter(request, response);
      return;
    }
    String enginePath = engine.group(2) == null ? "/" : engine.group(2);
    if (enginePath.contains("/../") || enginePath.endsWith("/..") || enginePath.contains("/./")) {
      refuse(response, new EngineWriteRules.Refusal(HttpStatus.BAD_REQUEST,
          "Ugyldig adresse", "Adressen kan ikke inneholde «.» eller «..» som del av stien."));
      return;
    }
    CachedBodyRequest cached = CachedBodyRequest.of(request);
    JsonNode body = json(cached.body());
    Optional<EngineWriteRules.Refusal> refusal = EngineWriteRules.judge(request.getMethod(),
        stripTrailingSlash(enginePath), caller.get().userId(), body,
        taskId -> formFields.of(taskId, caller.get().userId(), caller.get().groupIds()));
    if (refusal.isEmpty() && body == null && cached.body().length > 0 && isJson(request)) {
      // What we cannot read we cannot judge: the engine must not read it differently.
      refusal = Optional.of(new EngineWriteRules.Refusal(HttpStatus.BAD_REQUEST, "Ugyldig innhold",
          "Innholdet i forespørselen er ikke gyldig JSON."));
    }
    if (refusal.isPresent()) {
      refuse(response, refusal.get());
      return;
    }
    chain.doFilter(cached, response);
  }

  /** Who calls: a user id and her groups. */
  record Caller(String userId, List<String> groupIds) {
  }

  /** engine-rest: set by our Basic filter for this request; the webapps: kept in the session by Camunda. */
  private Optional<Caller> caller(HttpServletRequest request, String engineName) {
    Authentication current = identityService.getCurrentAuthentication();
    if (current != null && current.getUserId() != null) {
      return Optional.of(new Caller(current.getUserId(), groups(current.getGroupIds())));
    }
    HttpSession session = request.getSession(false);
    Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    if (authentications != null
        && authentications.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication user) {
      return Optional.of(new Caller(user.getIdentityId(), groups(user.getGroupIds())));
    }
    return Optional.empty();
  }

  private static List<String> groups(List<String> groupIds) {
    return groupIds == null ? List.of() : groupIds;
  }

  private static boolean isJson(HttpServletRequest request) {
    String contentType = request.getContentType();
    return contentType == null || !contentType.toLowerCase().startsWith("multipart/");
  }

  private static String stripTrailingSlash(String path) {
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  private static JsonNode json(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      return null; // not JSON: the engine answers it
    }
  }

  private static void refuse(HttpServletResponse response, EngineWriteRules.Refusal refusal) throws IOException {
    ProblemDetail problem = ProblemResponses.problem(refusal.status(), refusal.tittel(), refusal.detalj());
    // Tasklist shows an engine error's "message" on the form.
    problem.setProperty("message", refusal.detalj());
    ProblemResponses.write(response, problem);
  }
}
