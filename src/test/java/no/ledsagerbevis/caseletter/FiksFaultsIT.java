package no.ledsagerbevis.caseletter;

import static no.ledsagerbevis.caseletter.CaseTestGroups.AVDELING_1;
import static no.ledsagerbevis.caseletter.CaseTestGroups.KOMMUNE;
import static no.ledsagerbevis.caseletter.CaseTestGroups.PASSORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import no.ledsagerbevis.access.MunicipalityAccess;
import no.ledsagerbevis.configuration.MunicipalitySettingsService;
import no.ledsagerbevis.fiks.forvaltning.ForvaltningClient;
import no.ledsagerbevis.support.Http;
import no.ledsagerbevis.support.PostgresIntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Fiks faults end to end on PostgreSQL with the job executor: SvarUt receives the letter but its answer never
 * comes, and varsling answers 503 once. The executor retries both jobs (their PT1M wait is brought forward
 * here, as nothing else in the retry differs), and the case ends with one letter and one SMS, no incident.
 */
@TestPropertySource(properties = {
    "ledsagerbevis.caseletter.delivery-poll-interval=PT1S",
    "ledsagerbevis.fiks.simulator.status-step=0s",
    "ledsagerbevis.fiks.svarut-send-read-timeout=2s"})
class FiksFaultsIT extends PostgresIntegrationTest {

  static final String SAKER = "/api/v1/kommuner/" + KOMMUNE + "/grupper/" + AVDELING_1 + "/saker";

  @Autowired MunicipalityAccess municipalityAccess;
  @Autowired MunicipalitySettingsService settings;
  @Autowired ForvaltningClient forvaltning;
  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;

  @Test
  void aLetterWhoseAnswerWasLostAndAnSmsRefusedOnceEndWithOneLetterAndOneSms() {
    CaseTestGroups.ensure(municipalityAccess, asAdmin());
    CaseTestGroups.configure(processEngine, forvaltning, settings, Duration.ofSeconds(60));
    int smsBefore = http().get("/fiks-simulator/api/varsling/sms").json().size();
    fault("{\"tjeneste\":\"svarut\",\"type\":\"SLOW\",\"forsinkelse\":\"PT0S\",\"antall\":1}");
    fault("{\"tjeneste\":\"svarut\",\"type\":\"TIMEOUT\",\"forsinkelse\":\"PT5S\",\"antall\":1}");
    fault("{\"tjeneste\":\"varsling\",\"type\":\"HTTP_503\",\"antall\":1}");

    String saksId = CaseTestCases.createWithPhoto(ina(), SAKER, "15838500002");
    approve(saksId);

    String instanceId = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(saksId)
        .singleResult().getId();
    Set<String> retried = new TreeSet<>();
    await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(300)).until(() -> {
      for (Job failed : managementService.createJobQuery().processInstanceId(instanceId).withException()
          .withRetriesLeft().list()) {
        if (failed.getDuedate() != null && failed.getDuedate().after(new Date())) {
          retried.add(failed.getFailedActivityId() + " retries=" + failed.getRetries());
          managementService.setJobDuedate(failed.getId(), new Date());
        }
      }
      return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(saksId).finished().count() == 1;
    });

    assertThat(retried).containsExactly("Task_SendAppSms retries=4", "Task_SendDecisionLetter retries=4");
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(saksId).singleResult()
        .getEndActivityId()).isEqualTo("EndEvent_LetterDelivered");
    long letters = 0;
    for (JsonNode f : http().get("/fiks-simulator/api/svarut/forsendelser").json()) {
      letters += saksId.equals(f.path("eksternReferanse").asText()) ? 1 : 0;
    }
    assertThat(letters).isEqualTo(1);
    assertThat(http().get("/fiks-simulator/api/varsling/sms").json().size() - smsBefore).isEqualTo(1);
    assertThat(http().get("/fiks-simulator/api/feil").json()).isEmpty();
    assertThat(runtimeService.createIncidentQuery().count()).isZero();
  }

  private void approve(String saksId) {
    await().atMost(Duration.ofSeconds(60)).until(() -> processEngine.getTaskService().createTaskQuery()
        .processInstanceBusinessKey(saksId).taskDefinitionKey("Task_AssessApplication").count() == 1);
    JsonNode tasks = ina().get("/engine-rest/task?processInstanceBusinessKey=" + saksId
        + "&taskDefinitionKey=Task_AssessApplication&firstResult=0&maxResults=10").json();
    Http.Response completed = ina().postJson("/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete",
        Map.of("variables", Map.of("vedtak", Map.of("value", "INNVILGET"),
            "antallLedsagere", Map.of("value", 2, "type", "Long"),
            "utlopsdato", Map.of("value", LocalDate.now().plusYears(2).toString()))));
    assertThat(completed.status()).as(completed.body()).isEqualTo(204);
  }

  private void fault(String json) {
    assertThat(http().postJson("/fiks-simulator/api/feil", json).status()).isEqualTo(201);
  }

  private Http ina() {
    return as("ina", PASSORD);
  }
}
