package no.ledsagerbevis.fiks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;

/** What an operator reads in Cockpit when a Fiks call fails: what failed, what to do, and no personal data. */
class FiksIncidentMessageTest {

  @Test
  void fiksDownSaysWhatFailedAndThatTheOperatorRetriesInCockpit() {
    assertThatThrownBy(() -> FiksErrors.call("Send forsendelse til SvarUt", () -> {
      throw HttpServerErrorException.create(HttpStatus.SERVICE_UNAVAILABLE, "Service Unavailable", HttpHeaders.EMPTY,
          new byte[0], StandardCharsets.UTF_8);
    })).isInstanceOf(FiksUnavailableException.class)
        .hasMessageStartingWith("Send forsendelse til SvarUt: Fiks svarte 503.")
        .hasMessageContaining("prøves igjen automatisk")
        .hasMessageContaining("nye forsøk i Cockpit")
        .hasMessageContaining("docs/operations.md");
  }

  @Test
  void noAnswerAtAllGetsTheSameAdvice() {
    assertThatThrownBy(() -> FiksErrors.call("Slå opp person i folkeregisteret", () -> {
      throw new ResourceAccessException("I/O error on GET request for https://api.fiks.ks.no/folkeregister/api/v1/r/v1/personer/15838500002");
    })).isInstanceOf(FiksUnavailableException.class)
        .hasMessageContaining("ingen svar fra Fiks")
        .hasMessageContaining("«Fiks er nede»")
        .hasMessageNotContaining("15838500002");
  }

  @Test
  void wrongCredentialsPointAtTheIntegrationAndMaskinporten() {
    assertThatThrownBy(() -> FiksErrors.call("Send SMS med Fiks varsling", () -> {
      throw HttpClientErrorException.create(HttpStatus.UNAUTHORIZED, "Unauthorized", HttpHeaders.EMPTY,
          "{\"errorCode\":\"UGYLDIG_TOKEN\",\"message\":\"Ugyldig token\"}".getBytes(StandardCharsets.UTF_8),
          StandardCharsets.UTF_8);
    })).isInstanceOf(FiksClientException.class)
        .hasMessageStartingWith("Send SMS med Fiks varsling: Fiks avviste forespørselen (401 UGYLDIG_TOKEN)")
        .hasMessageContaining("IntegrasjonId, IntegrasjonPassord og Maskinporten");
  }

  @Test
  void aRejectedRequestSaysRetryingWillNotHelpAndMasksAFodselsnummer() {
    assertThatThrownBy(() -> FiksErrors.call("Send forsendelse til SvarUt", () -> {
      throw HttpClientErrorException.create(HttpStatus.BAD_REQUEST, "Bad Request", HttpHeaders.EMPTY,
          "{\"errorId\":\"e-1\",\"message\":\"Ugyldig mottaker 15838500002\"}".getBytes(StandardCharsets.UTF_8),
          StandardCharsets.UTF_8);
    })).isInstanceOfSatisfying(FiksClientException.class, e -> {
      assertThat(e.getMessage()).contains("158385*****").doesNotContain("15838500002")
          .contains("[errorId e-1]").contains("nye forsøk gir samme svar");
      assertThat(e.status()).isEqualTo(400);
    });
  }
}
