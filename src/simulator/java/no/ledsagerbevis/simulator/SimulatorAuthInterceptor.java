package no.ledsagerbevis.simulator;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import no.ledsagerbevis.fiks.FiksHttp;
import no.ledsagerbevis.fiks.FiksProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * What every Fiks service checks first: a valid Maskinporten token (here: one the simulator issued) and
 * the integration's id and password. Anything else is 401, as on the real platform.
 */
@Component
@ConditionalOnSimulator
class SimulatorAuthInterceptor implements HandlerInterceptor {

  private final SimulatorTokens tokens;
  private final FiksProperties fiks;

  SimulatorAuthInterceptor(SimulatorTokens tokens, FiksProperties fiks) {
    this.tokens = tokens;
    this.fiks = fiks;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!(handler instanceof HandlerMethod)) {
      // No simulator endpoint at this path: the 404 follows; our error advice would not reach this exception (500).
      return true;
    }
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)
        || !tokens.isValid(authorization.substring(7).trim())) {
      throw new SimulatorException(HttpStatus.UNAUTHORIZED, "UGYLDIG_TOKEN",
          "Mangler eller ugyldig Maskinporten-token (Authorization: Bearer).");
    }
    if (!same(request.getHeader(FiksHttp.INTEGRASJON_ID), fiks.getIntegrasjonId())
        || !same(request.getHeader(FiksHttp.INTEGRASJON_PASSORD), fiks.getIntegrasjonPassord())) {
      throw new SimulatorException(HttpStatus.UNAUTHORIZED, "UGYLDIG_INTEGRASJON",
          "Ukjent integrasjon eller feil integrasjonspassord (IntegrasjonId/IntegrasjonPassord).");
    }
    return true;
  }

  private static boolean same(String given, String expected) {
    return given != null && expected != null
        && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }
}
