package no.ledsagerbevis.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import no.ledsagerbevis.support.H2AppTest;
import no.ledsagerbevis.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Fiks forvaltning cannot be reached: the start is refused with 503 and leaves nothing behind. */
@TestPropertySource(properties = "ledsagerbevis.fiks.forvaltning.base-url=http://localhost:1/fiks-simulator")
class OnboardingWithFiksDownTest extends H2AppTest {

  @Test
  void startIsRefusedWith503AndNothingIsKept() {
    Http.Response refused = asAdmin().postJson("/api/v1/kommuner/0301/onboarding", "");
    assertThat(refused.status()).as(refused.body()).isEqualTo(503);
    assertThat(refused.header("Content-Type").orElse("")).startsWith("application/problem+json");
    assertThat(refused.json().get("detail").asText()).contains("Fiks forvaltning svarer ikke");
    assertThat(asAdmin().get("/api/v1/kommuner/0301/status").json().get("status").asText()).isEqualTo("IKKE_STARTET");
    assertThat(asAdmin().get("/engine-rest/process-instance?businessKey=0301&maxResults=10").json().size()).isZero();
  }
}
