package no.ledsagerbevis.caseletter;

import static no.ledsagerbevis.caseletter.CaseTestGroups.AVDELING_1;
import static no.ledsagerbevis.caseletter.CaseTestGroups.KOMMUNE;
import static no.ledsagerbevis.caseletter.CaseTestGroups.PASSORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.ledsagerbevis.access.MunicipalityAccess;
import no.ledsagerbevis.configuration.MunicipalitySettingsService;
import no.ledsagerbevis.demo.DemoConfiguration;
import no.ledsagerbevis.fiks.forvaltning.ForvaltningClient;
import no.ledsagerbevis.support.Http;
import no.ledsagerbevis.support.PostgresIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole case on PostgreSQL with the job executor and the bundled Fiks simulator: a case handler creates
 * a case over our API and decides it through engine-rest; the letter reaches the simulator once, to the
 * person's fødselsnummer, through the municipality's chosen SvarUt account, and carries the decision and
 * the footer.
 */
@TestPropertySource(properties = "ledsagerbevis.caseletter.delivery-poll-interval=PT1S")
class DecisionLetterIT extends PostgresIntegrationTest {

  static final String SAKER = "/api/v1/kommuner/" + KOMMUNE + "/grupper/" + AVDELING_1 + "/saker";
  static final String FNR = "15838500002";
  static final String POSTADRESSE = DemoConfiguration.POSTADRESSENAVN;
  static final String TELEFON = DemoConfiguration.TELEFON;

  @Autowired MunicipalityAccess municipalityAccess;
  @Autowired MunicipalitySettingsService settings;
  @Autowired ForvaltningClient forvaltning;
  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired JdbcClient jdbc;

  static String chosenKonto;

  @BeforeEach
  void municipalityWithGroupsAndSettings() {
    CaseTestGroups.ensure(municipalityAccess, asAdmin());
    if (settings.find(KOMMUNE).isEmpty()) {
      chosenKonto = configure();
    }
  }

  @Test
  void approvedCaseSendsOneLetterWithTheDecisionAndTheFooterThroughTheChosenAccount() throws IOException {
    String saksId = createCaseWithPhoto(FNR);

    completeAssessmentThroughEngineRest(saksId, Map.of(
        "vedtak", Map.of("value", "INNVILGET"),
        "antallLedsagere", Map.of("value", 2, "type", "Long"),
        "utlopsdato", Map.of("value", LocalDate.now().plusYears(2).toString())));
    HistoricProcessInstance finished = awaitEnded(saksId);
    assertThat(finished.getEndActivityId()).isEqualTo("EndEvent_LetterDelivered");

    JsonNode forsendelse = onlyForsendelseFor(saksId);
    assertThat(forsendelse.get("kontoId").asText()).isEqualTo(chosenKonto);
    assertThat(forsendelse.get("mottaker").get("digitalId").asText()).isEqualTo(FNR);
    String text = pdfText(forsendelse.get("dokumenter").get(0).get("url").asText());
    assertThat(text).contains("innvilget", "Oslo kommune", POSTADRESSE, "158385*****")
        .containsAnyOf(TELEFON, "21 80 21 80");
    assertThat(text).doesNotContain(FNR);

    JsonNode sak = ina().get(SAKER + "/" + saksId).json();
    assertThat(sak.get("status").asText()).isEqualTo("AKTIV");
    assertThat(sak.get("saksbehandler").asText()).isEqualTo("ina");
    assertThat(sak.get("brev").get("status").asText()).isEqualTo("LEVERT_SDP");
    List<String> history = new ArrayList<>();
    sak.get("historikk").forEach(e -> history.add(e.get("hendelse").asText()));
    assertThat(history).containsSubsequence("OPPRETTET", "PERSON_FUNNET", "VEDTAK_FATTET", "BILDE_LAGRET",
        "BEVIS_UTSTEDT", "SMS_SENDT", "BREV_LAGET", "BREV_SENDT", "SENDT_EIER");

    JsonNode sms = http().get("/fiks-simulator/api/varsling/sms").json();
    long smsToHolder = 0;
    for (JsonNode s : sms) {
      if ("91234567".equals(s.get("telefonnummer").asText())) {
        smsToHolder++;
      }
    }
    assertThat(smsToHolder).isEqualTo(1);

    // The send job once more, after a commit that never happened: SvarUt is asked first and nothing is sent again.
    jdbc.sql("UPDATE caseletter_letter SET forsendelse_id = NULL WHERE saks_id = :saksId").param("saksId", saksId).update();
    runtimeService.restartProcessInstances(finished.getProcessDefinitionId())
        .startBeforeActivity("Task_SendDecisionLetter")
        .processInstanceIds(finished.getId())
        .execute();
    await().atMost(Duration.ofSeconds(60)).until(() -> runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(saksId).count() == 0);
    assertThat(onlyForsendelseFor(saksId).get("id").asText()).isEqualTo(forsendelse.get("id").asText());
    assertThat(ina().get(SAKER + "/" + saksId).json().get("brev").get("forsendelseId").asText())
        .isEqualTo(forsendelse.get("id").asText());
  }

  @Test
  void undeliveredRefusalLetterOpensTheFollowUpTaskForTheGroup() {
    String saksId = createCaseWithPhoto("15838500274");
    Http.Response withoutReasons = ina().postJson("/engine-rest/task/" + awaitTask(saksId, "Task_AssessApplication").getId()
        + "/complete", Map.of("variables", Map.of("vedtak", Map.of("value", "AVSLAATT"))));
    assertThat(withoutReasons.status()).isEqualTo(400);
    assertThat(withoutReasons.body()).contains("Begrunnelse må fylles ut når søknaden avslås.");

    completeAssessmentThroughEngineRest(saksId, Map.of(
        "vedtak", Map.of("value", "AVSLAATT"),
        "begrunnelse", Map.of("value", "Søkeren oppfyller ikke vilkårene.")));

    Task followUp = awaitTask(saksId, "Task_FollowUpLetter");
    assertThat(processEngine.getTaskService().getIdentityLinksForTask(followUp.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo(AVDELING_1));
    JsonNode sak = ina().get(SAKER + "/" + saksId).json();
    assertThat(sak.get("status").asText()).isEqualTo("AVSLAATT");
    assertThat(sak.get("brev").get("status").asText()).isEqualTo("IKKE_LEVERT");
    assertThat(sak.get("historikk").toString()).contains("IKKE_SENDT_EIER").doesNotContain("SMS_SENDT");
  }

  private String createCaseWithPhoto(String fnr) {
    return CaseTestCases.createWithPhoto(ina(), SAKER, fnr);
  }

  /** As a case handler would: find the task in engine-rest, complete it with the form's variables. */
  private void completeAssessmentThroughEngineRest(String saksId, Map<String, Object> variables) {
    awaitTask(saksId, "Task_AssessApplication");
    JsonNode tasks = ina().get("/engine-rest/task?processInstanceBusinessKey=" + saksId
        + "&taskDefinitionKey=Task_AssessApplication&firstResult=0&maxResults=10").json();
    assertThat(tasks).as("ina sees the task of her group").hasSize(1);
    Http.Response completed = ina().postJson("/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete",
        Map.of("variables", variables));
    assertThat(completed.status()).as(completed.body()).isEqualTo(204);
  }

  private Task awaitTask(String saksId, String taskDefinitionKey) {
    return await().atMost(Duration.ofSeconds(60)).until(() -> processEngine.getTaskService().createTaskQuery()
        .processInstanceBusinessKey(saksId).taskDefinitionKey(taskDefinitionKey).singleResult(), t -> t != null);
  }

  private HistoricProcessInstance awaitEnded(String saksId) {
    return await().atMost(Duration.ofSeconds(90)).until(() -> historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(saksId).finished().singleResult(), p -> p != null);
  }

  private JsonNode onlyForsendelseFor(String saksId) {
    List<JsonNode> matching = new ArrayList<>();
    http().get("/fiks-simulator/api/svarut/forsendelser").json().forEach(f -> {
      if (saksId.equals(f.get("eksternReferanse").asText())) {
        matching.add(f);
      }
    });
    assertThat(matching).as("forsendelser with eksternReferanse " + saksId).hasSize(1);
    return matching.get(0);
  }

  private String pdfText(String url) throws IOException {
    String path = url.startsWith("http") ? URI.create(url).getRawPath() : url;
    Http.Response pdf = http().get(path);
    assertThat(pdf.status()).isEqualTo(200);
    try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
      return new PDFTextStripper().getText(document);
    }
  }

  private String configure() {
    return CaseTestGroups.configure(processEngine, forvaltning, settings, Duration.ofSeconds(60));
  }

  private Http ina() {
    return as("ina", PASSORD);
  }
}
