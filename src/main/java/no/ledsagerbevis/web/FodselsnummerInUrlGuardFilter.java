package no.ledsagerbevis.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request to our API whose query string holds something shaped like a fødselsnummer (11 digits,
 * also written 6 + 5), or whose path has one as a segment or path parameter ({@code .../saker/<11 siffer>},
 * {@code ...;fnr=<11 siffer>}): URLs end up in proxy and access logs. The refusal never repeats the query.
 * Searching by fødselsnummer is {@code POST .../saker/sok} with the number in the body.
 */
public class FodselsnummerInUrlGuardFilter extends OncePerRequestFilter {

  private static final Pattern FODSELSNUMMER = Pattern.compile("(?<!\\d)\\d{6}[ .-]?\\d{5}(?!\\d)");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (holdsFodselsnummer(request.getQueryString()) || pathHoldsFodselsnummer(request.getRequestURI())) {
      ProblemResponses.write(response, ProblemResponses.problem(HttpStatus.BAD_REQUEST, "Fødselsnummer i URL",
          "Et fødselsnummer skal aldri stå i en URL, der det havner i logger. Søk med "
              + "POST /api/v1/kommuner/{kommunenummer}/grupper/{gruppeId}/saker/sok og {\"fnr\": ...} i kroppen."));
      return;
    }
    chain.doFilter(request, response);
  }

  static boolean holdsFodselsnummer(String queryString) {
    if (queryString == null || queryString.isEmpty()) {
      return false;
    }
    return FODSELSNUMMER.matcher(queryString).find() || FODSELSNUMMER.matcher(decoded(queryString)).find();
  }

  /**
   * A whole path segment or path-parameter value only: a UUID (saksId) may hold eleven digits in a row and is
   * never a fødselsnummer.
   */
  static boolean pathHoldsFodselsnummer(String requestUri) {
    if (requestUri == null) {
      return false;
    }
    for (String token : decoded(requestUri).split("[/;=,]")) {
      if (FODSELSNUMMER.matcher(token).matches()) {
        return true;
      }
    }
    return false;
  }

  private static String decoded(String queryString) {
    try {
      return URLDecoder.decode(queryString, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return queryString;
    }
  }
}
