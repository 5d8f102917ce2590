package no.ledsagerbevis.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;

/** Writes problem+json from servlet filters, where no controller advice reaches. */
final class ProblemResponses {

  // The mixin writes a problem's extra properties ("message" for Tasklist) at the top level, as Spring MVC does.
  private static final ObjectMapper JSON = new ObjectMapper()
      .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class);

  private ProblemResponses() {
  }

  static ProblemDetail problem(HttpStatus status, String tittel, String detalj) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detalj);
    problem.setTitle(tittel);
    problem.setType(URI.create("about:blank"));
    return problem;
  }

  static String json(ProblemDetail problem) {
    try {
      return JSON.writeValueAsString(problem);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
    response.setStatus(problem.getStatus());
    response.setCharacterEncoding("UTF-8");
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    JSON.writeValue(response.getOutputStream(), problem);
  }
}
