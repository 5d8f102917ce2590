package no.ledsagerbevis.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SimFeilFilterTest {

  private final SimFeilregister register = new SimFeilregister();

  @Test
  void svarforsinkelseDelaysEveryServiceAnswerButNotTheControlApi() throws Exception {
    SimFeilFilter filter = new SimFeilFilter(register, Duration.ofMillis(300));

    long tjeneste = millis(filter, "/fiks-simulator/varsling/api/v2/sms/k/send");
    long kontroll = millis(filter, "/fiks-simulator/api/feil");

    assertThat(tjeneste).isGreaterThanOrEqualTo(300);
    assertThat(kontroll).isLessThan(300);
  }

  @Test
  void anHttpFaultAnswersKsErrorBodyWithoutDoingTheWork() throws Exception {
    register.leggTil(SimTjeneste.SVARUT, SimFeiltype.HTTP_503, null, 1);
    SimFeilFilter filter = new SimFeilFilter(register, Duration.ZERO);
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();

    filter.doFilter(new MockHttpServletRequest("POST", "/fiks-simulator/api/v2/kontoer/k/forsendelser"), response, chain);

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getContentAsString()).contains("\"errorCode\":\"SIMULERT_FEIL\"", "HTTP_503");
    assertThat(chain.getRequest()).as("the service was not called").isNull();
  }

  @Test
  void malformedDoesTheWorkThenAnswersSomethingThatIsNotJson() throws Exception {
    register.leggTil(SimTjeneste.FOLKEREGISTER, SimFeiltype.MALFORMED, null, 1);
    SimFeilFilter filter = new SimFeilFilter(register, Duration.ZERO);
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();

    filter.doFilter(new MockHttpServletRequest("GET", "/fiks-simulator/folkeregister/api/v1/r/v1/personer/x"), response, chain);

    assertThat(chain.getRequest()).isNotNull();
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getContentAsByteArray()).isEqualTo(SimFeilFilter.ODELAGT_SVAR);
  }

  private long millis(SimFeilFilter filter, String path) throws Exception {
    long start = System.nanoTime();
    filter.doFilter(new MockHttpServletRequest("POST", path), new MockHttpServletResponse(), new MockFilterChain());
    return (System.nanoTime() - start) / 1_000_000;
  }
}
