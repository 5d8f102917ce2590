package no.ledsagerbevis.web;

import static org.assertj.core.api.Assertions.assertThat;

import no.ledsagerbevis.fiks.FiksUnavailableException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;

class FiksUnavailableProblemTest {

  @Test
  void fiksDownAnswers503WithANorwegianProblemAndNoDetailsOfTheCall() {
    MockHttpServletRequest request = new MockHttpServletRequest("DELETE",
        "/api/v1/kommuner/0301/grupper/0301-avdeling-1/saker/8e442e28");

    ProblemDetail problem = new ApiExceptionHandler().fiksUnavailable(
        new FiksUnavailableException("Slett dokument i Fiks dokumentlager: Fiks svarte 503"), request);

    assertThat(problem.getStatus()).isEqualTo(503);
    assertThat(problem.getDetail()).isEqualTo("Fiks-plattformen svarer ikke akkurat nå. Ingenting er endret; prøv igjen om litt.");
    assertThat(problem.getDetail()).doesNotContain("dokumentlager", "503");
  }
}
