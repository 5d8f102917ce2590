package no.ledsagerbevis.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rejects task and filter queries whose {@code orQueries} carry an expression ({@code *Expression}
 * keys). Camunda 7.24.0 refuses expressions in ad-hoc queries but does not check or-subqueries, so an
 * authenticated user could otherwise have the engine evaluate an expression of their choosing.
 */
public class OrQueryExpressionGuardFilter extends OncePerRequestFilter {

  private static final Set<String> METHODS_WITH_BODY = Set.of("POST", "PUT", "PATCH");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String contentType = request.getContentType();
    return !METHODS_WITH_BODY.contains(request.getMethod())
        || (contentType != null && contentType.toLowerCase().startsWith("multipart/"))
        || !authenticated(request);
  }

  /**
   * Never read the body of a caller who is not logged in (Camunda's security filter, after us, refuses the
   * request). On /engine-rest our HTTP Basic filter has already refused strangers.
   */
  private static boolean authenticated(HttpServletRequest request) {
    if (!request.getRequestURI().startsWith(request.getContextPath() + "/camunda/api/engine/")) {
      return true;
    }
    HttpSession session = request.getSession(false);
    return session != null && !AuthenticationUtil.getAuthsFromSession(session).getAuthentications().isEmpty();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    CachedBodyRequest cached = CachedBodyRequest.of(request);
    if (containsOrQueryExpression(cached.body())) {
      ProblemResponses.write(response, ProblemResponses.problem(HttpStatus.BAD_REQUEST, "Ugyldig spørring",
          "Uttrykk (felter som slutter på «Expression») er ikke tillatt i orQueries."));
      return;
    }
    chain.doFilter(cached, response);
  }

  static boolean containsOrQueryExpression(byte[] body) {
    if (body.length == 0) {
      return false;
    }
    try {
      return hasExpressionInOrQueries(JSON.readTree(body), false);
    } catch (IOException e) {
      return false; // not JSON: the engine rejects it on its own
    }
  }

  private static boolean hasExpressionInOrQueries(JsonNode node, boolean insideOrQueries) {
    if (node == null) {
      return false;
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        if (hasExpressionInOrQueries(element, insideOrQueries)) {
          return true;
        }
      }
      return false;
    }
    if (!node.isObject()) {
      return false;
    }
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (insideOrQueries && field.getKey().endsWith("Expression")) {
        return true;
      }
      boolean childInside = insideOrQueries || "orQueries".equals(field.getKey());
      if (hasExpressionInOrQueries(field.getValue(), childInside)) {
        return true;
      }
    }
    return false;
  }
}
