package no.ledsagerbevis.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import no.ledsagerbevis.support.H2AppTest;
import no.ledsagerbevis.support.Http;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What an operator (camunda-admin) and everybody else see of health, metrics and the API documentation. */
class OperatorEndpointsTest extends H2AppTest {

  private static final List<String> FIKS_SERVICES = List.of("svarut", "folkeregister", "dokumentlager", "varsling", "forvaltning");

  @Autowired
  IdentityService identityService;

  @BeforeEach
  void plainUser() {
    if (identityService.createUserQuery().userId("ikke.operator").count() == 0) {
      User user = identityService.newUser("ikke.operator");
      user.setFirstName("Vanlig");
      user.setLastName("Bruker");
      user.setPassword("Hemmelig-passord-1");
      identityService.saveUser(user);
    }
  }

  @Test
  void anonymousHealthShowsTheStatusOnly() {
    JsonNode health = http().get("/actuator/health").json();
    assertThat(health.has("status")).isTrue();
    assertThat(health.has("components")).isFalse();
  }

  @Test
  void aUserOutsideCamundaAdminSeesTheStatusOnly() {
    JsonNode health = as("ikke.operator", "Hemmelig-passord-1").get("/actuator/health").json();
    assertThat(health.has("components")).isFalse();
  }

  @Test
  void operatorSeesTheDatabaseAndEachFiksService() {
    JsonNode components = asAdmin().get("/actuator/health").json().get("components");
    assertThat(components.get("db").get("status").asText()).isEqualTo("UP");
    assertThat(components.get("db").get("details").get("database").asText()).isEqualTo("H2");
    assertThat(components.get("processEngine").get("status").asText()).isEqualTo("UP");
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
      JsonNode fiks = asAdmin().get("/actuator/health").json().get("components").get("fiks");
      for (String service : FIKS_SERVICES) {
        JsonNode indicator = fiks.get("components").get(service);
        assertThat(indicator.get("status").asText()).as(service).isEqualTo("UP");
        assertThat(indicator.get("details").get("url").asText()).as(service).contains("/fiks-simulator/");
      }
    });
  }

  @Test
  void readinessFollowsTheDatabaseAndLivenessDoesNot() {
    JsonNode readiness = asAdmin().get("/actuator/health/readiness").json();
    assertThat(readiness.get("status").asText()).isEqualTo("UP");
    assertThat(readiness.path("components").fieldNames()).toIterable().as(readiness.toString())
        .containsExactlyInAnyOrder("db", "readinessState");
    assertThat(asAdmin().get("/actuator/health/liveness").json().get("status").asText()).isEqualTo("UP");
  }

  @Test
  void prometheusIsForOperatorsOnly() {
    Http.Response anonymous = http().get("/actuator/prometheus");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.header("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    assertThat(as("ikke.operator", "Hemmelig-passord-1").get("/actuator/prometheus").status()).isEqualTo(403);
  }

  @Test
  void operatorScrapesOurMetricsNextToJvmHttpAndPoolMetrics() {
    asAdmin().get("/api/v1");
    Http.Response scrape = asAdmin().get("/actuator/prometheus");
    assertThat(scrape.status()).isEqualTo(200);
    assertThat(scrape.body()).contains(
        "ledsagerbevis_cases_opened_total",
        "ledsagerbevis_letters_sent_total{application=\"ledsagerbevis\",type=\"vedtaksbrev\"}",
        "ledsagerbevis_letters_delivered_total",
        "ledsagerbevis_letters_not_delivered_total",
        "ledsagerbevis_sms_sent_total",
        "ledsagerbevis_onboardings{application=\"ledsagerbevis\",status=\"AKTIV\"}",
        "ledsagerbevis_incidents_open{application=\"ledsagerbevis\",process=\"ledsagerbevis-decision-letter\"}",
        "ledsagerbevis_jobs_due",
        "ledsagerbevis_jobs_locked",
        "ledsagerbevis_jobs_suspended",
        "ledsagerbevis_jobs_oldest_due_age_seconds",
        "jvm_memory_used_bytes",
        "http_server_requests_seconds_count",
        "hikaricp_connections_active");
  }

  @Test
  void swaggerUiAndTheApiDocumentNeedALogin() {
    assertThat(http().get("/swagger-ui/index.html").status()).isEqualTo(401);
    assertThat(http().get("/v3/api-docs").status()).isEqualTo(401);
    assertThat(as("glemt.passord", "feil-passord").get("/v3/api-docs").status()).isEqualTo(401);
    assertThat(as("ikke.operator", "Hemmelig-passord-1").get("/v3/api-docs").status()).isEqualTo(200);
    Http.Response ui = asAdmin().get("/swagger-ui/index.html");
    assertThat(ui.status()).isEqualTo(200);
    assertThat(ui.body()).contains("swagger-ui");
  }
}
