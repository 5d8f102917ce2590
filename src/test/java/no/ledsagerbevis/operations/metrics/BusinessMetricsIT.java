package no.ledsagerbevis.operations.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import no.ledsagerbevis.support.Http;
import no.ledsagerbevis.support.PostgresIntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo's open cases of «Avdeling 1», decided by Ina through engine-rest (one approved, one refused), move the
 * business counters in /actuator/prometheus: decisions by outcome, one SMS, two letters sent and delivered.
 */
@ActiveProfiles("demo")
@AutoConfigureObservability(tracing = false)
@TestPropertySource(properties = {
    "ledsagerbevis.caseletter.delivery-poll-interval=PT1S",
    "ledsagerbevis.fiks.simulator.status-step=0s"
})
class BusinessMetricsIT extends PostgresIntegrationTest {

  private static final String SAKER = "/api/v1/kommuner/0301/grupper/0301-avdeling-1/saker";

  @Autowired
  HistoryService historyService;

  @Test
  void decidedCasesMoveTheCountersOfDecisionsSmsAndLetters() {
    JsonNode page = await().atMost(Duration.ofSeconds(180)).until(() -> ina().get(SAKER).json(),
        p -> p.path("saker").size() == 2 && p.get("saker").get(0).hasNonNull("navn") && p.get("saker").get(1).hasNonNull("navn"));
    String approved = page.get("saker").get(0).get("saksId").asText();
    String refused = page.get("saker").get(1).get("saksId").asText();
    assertThat(metric("ledsagerbevis_cases_opened_total{application=\"ledsagerbevis\"}")).isEqualTo(4);

    complete(approved, Map.of("vedtak", Map.of("value", "INNVILGET"),
        "antallLedsagere", Map.of("value", 1, "type", "Long"),
        "utlopsdato", Map.of("value", LocalDate.now().plusYears(2).toString())));
    complete(refused, Map.of("vedtak", Map.of("value", "AVSLAATT"),
        "begrunnelse", Map.of("value", "Vilkårene er ikke oppfylt."),
        "antallLedsagere", Map.of("value", 1, "type", "Long"),
        "utlopsdato", Map.of("value", LocalDate.now().plusYears(2).toString())));

    await().atMost(Duration.ofSeconds(180)).until(() -> historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKeyIn(approved, refused).finished().count() == 2);
    assertThat(metric("ledsagerbevis_cases_decided_total{application=\"ledsagerbevis\",vedtak=\"INNVILGET\"}")).isEqualTo(1);
    assertThat(metric("ledsagerbevis_cases_decided_total{application=\"ledsagerbevis\",vedtak=\"AVSLAATT\"}")).isEqualTo(1);
    assertThat(metric("ledsagerbevis_sms_sent_total{application=\"ledsagerbevis\"}")).isEqualTo(1);
    assertThat(metric("ledsagerbevis_letters_sent_total{application=\"ledsagerbevis\",type=\"vedtaksbrev\"}")).isEqualTo(2);
    assertThat(metric("ledsagerbevis_letters_delivered_total{application=\"ledsagerbevis\"}")).isEqualTo(2);
    assertThat(metric("ledsagerbevis_letters_not_delivered_total{application=\"ledsagerbevis\"}")).isZero();
    assertThat(metric("ledsagerbevis_incidents_open{application=\"ledsagerbevis\",process=\"ledsagerbevis-decision-letter\"}")).isZero();
  }

  private Http ina() {
    return as("ina", "demo");
  }

  private void complete(String saksId, Map<String, Object> variables) {
    JsonNode tasks = await().atMost(Duration.ofSeconds(60)).until(() -> ina().get("/engine-rest/task?processInstanceBusinessKey="
        + saksId + "&taskDefinitionKey=Task_AssessApplication&firstResult=0&maxResults=10").json(), t -> t.size() == 1);
    Http.Response completed = ina().postJson("/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete",
        Map.of("variables", variables));
    assertThat(completed.status()).as(completed.body()).isEqualTo(204);
  }

  private double metric(String series) {
    String scrape = asAdmin().get("/actuator/prometheus").body();
    return scrape.lines().filter(line -> line.startsWith(series + " ")).findFirst()
        .map(line -> Double.parseDouble(line.substring(series.length() + 1).trim()))
        .orElseThrow(() -> new AssertionError(series + " is not in /actuator/prometheus"));
  }
}
