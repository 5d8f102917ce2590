package no.ledsagerbevis.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Breaks the simulator's Fiks service answers on purpose: the fault of {@link SimFeilregister} for the
 * request's service, and the startup delay {@code svarforsinkelse} on every answer. Runs before the header
 * check, as a load balancer's 503 would.
 */
class SimFeilFilter extends OncePerRequestFilter {

  /** What a misconfigured proxy might answer with 200: not JSON at all. */
  static final byte[] ODELAGT_SVAR = "<html><body>Simulert ødelagt svar</body></html>".getBytes(StandardCharsets.UTF_8);

  private final SimFeilregister register;
  private final Duration svarforsinkelse;
  private final ObjectMapper json = new ObjectMapper();

  SimFeilFilter(SimFeilregister register, Duration svarforsinkelse) {
    this.register = register;
    this.svarforsinkelse = svarforsinkelse == null ? Duration.ZERO : svarforsinkelse;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<SimTjeneste> tjeneste = SimTjeneste.forSti(request.getRequestURI().substring(request.getContextPath().length()));
    Optional<SimFeilregister.Feil> feil = tjeneste.flatMap(register::trekk);
    if (tjeneste.isEmpty() || (feil.isEmpty() && svarforsinkelse.isZero())) {
      chain.doFilter(request, response);
      return;
    }
    SimFeiltype type = feil.map(SimFeilregister.Feil::type).orElse(null);
    if (type != null && !type.gjorArbeidet()) {
      feilsvar(request, response, type);
      return;
    }
    ContentCachingResponseWrapper svar = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, svar);
    vent(svarforsinkelse);
    if (type == null) {
      svar.copyBodyToResponse();
      return;
    }
    switch (type) {
      case SLOW -> {
        vent(feil.get().venting());
        svar.copyBodyToResponse();
      }
      case MALFORMED -> {
        svar.resetBuffer();
        response.setStatus(HttpStatus.OK.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(ODELAGT_SVAR.length);
        response.getOutputStream().write(ODELAGT_SVAR);
      }
      case TIMEOUT -> {
        vent(feil.get().venting());
        avbryt(response, new byte[0], svar.getContentSize() + 1, type);
      }
      case RESET -> avbryt(response, svar.getContentAsByteArray(), svar.getContentSize() + 100, type);
      default -> throw new IllegalStateException(type.name());
    }
  }

  /** Answers the first part of the body, then lets Tomcat close the connection (an error after commit). */
  private static void avbryt(HttpServletResponse response, byte[] body, int lovetLengde, SimFeiltype type) throws IOException {
    response.setContentLength(lovetLengde);
    response.getOutputStream().write(body, 0, Math.min(body.length, body.length / 2));
    response.flushBuffer();
    throw new SimulertBruddException(type);
  }

  private void feilsvar(HttpServletRequest request, HttpServletResponse response, SimFeiltype type) throws IOException {
    HttpStatus status = switch (type) {
      case HTTP_400 -> HttpStatus.BAD_REQUEST;
      case HTTP_503 -> HttpStatus.SERVICE_UNAVAILABLE;
      default -> HttpStatus.INTERNAL_SERVER_ERROR;
    };
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    json.writeValue(response.getOutputStream(), KsErrorBody.of(status, request.getRequestURI(),
        "Simulert feil (" + type.name() + ") fra Fiks-simulatoren.", "SIMULERT_FEIL", null));
  }

  private void vent(Duration varighet) throws IOException {
    if (varighet.isZero() || varighet.isNegative()) {
      return;
    }
    try {
      register.vent(varighet);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Avbrutt mens svaret ble holdt tilbake", e);
    }
  }

  /** Thrown after the answer was committed: Tomcat then closes the connection instead of finishing the body. */
  static final class SimulertBruddException extends IOException {
    SimulertBruddException(SimFeiltype type) {
      super("Fiks-simulatoren bryter forbindelsen med vilje (simulert feil " + type.name() + ")");
    }
  }
}
