package no.ledsagerbevis.fiks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import no.ledsagerbevis.errors.PermanentFailure;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientException;

/** Which Fiks failures retrying can fix, and which may have done the work already. */
class FiksFailureClassificationTest {

  @Test
  void refusalsArePermanentExceptExpiredTokensTimeoutsAndRateLimits() {
    for (int status : new int[] {400, 403, 404, 409, 422}) {
      assertThat(new FiksClientException(status, null, "x").isPermanent()).as("%s", status).isTrue();
    }
    for (int status : new int[] {401, 408, 429}) {
      assertThat(new FiksClientException(status, null, "x").isPermanent()).as("%s", status).isFalse();
    }
  }

  @Test
  void aPermanentFailureIsFoundAmongTheCauses() {
    RuntimeException wrapped = new IllegalStateException("job", new FiksClientException(409, "FINNES", "x"));

    assertThat(PermanentFailure.in(wrapped)).isTrue();
    assertThat(PermanentFailure.in(new FiksClientException(401, null, "x"))).isFalse();
    assertThat(PermanentFailure.in(new FiksUnavailableException("x"))).isFalse();
    assertThat(PermanentFailure.in(null)).isFalse();
  }

  @Test
  void anAnswered5xxOrNoConnectionMeansTheWorkWasNotDone() {
    assertThat(fail(new HttpServerErrorException(HttpStatus.SERVICE_UNAVAILABLE)).isOutcomeUnknown()).isFalse();
    assertThat(fail(new ResourceAccessException("x", new ConnectException("refused"))).isOutcomeUnknown()).isFalse();
  }

  @Test
  void aTimeoutABrokenOrAnUnreadableAnswerMeansFiksMayHaveDoneIt() {
    assertThat(fail(new ResourceAccessException("x", new HttpTimeoutException("request timed out"))).isOutcomeUnknown())
        .isTrue();
    FiksUnavailableException broken = fail(new RestClientException("x", new EOFException("EOF")));
    assertThat(broken.isOutcomeUnknown()).isTrue();
    assertThat(broken.getMessage()).contains("forbindelsen til Fiks ble brutt");
    assertThat(fail(new RestClientException("x")).isOutcomeUnknown()).isTrue();
  }

  private static FiksUnavailableException fail(RuntimeException e) {
    return catchThrowableOfType(FiksUnavailableException.class, () -> FiksErrors.call("Test", () -> {
      throw e;
    }));
  }
}
