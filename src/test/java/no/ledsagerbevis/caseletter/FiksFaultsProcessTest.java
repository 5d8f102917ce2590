package no.ledsagerbevis.caseletter;

import static no.ledsagerbevis.caseletter.CaseTestGroups.AVDELING_1;
import static no.ledsagerbevis.caseletter.CaseTestGroups.KOMMUNE;
import static no.ledsagerbevis.caseletter.CaseTestGroups.PASSORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.ledsagerbevis.access.MunicipalityAccess;
import no.ledsagerbevis.configuration.ConfigurationProcess;
import no.ledsagerbevis.configuration.MunicipalitySettingsService;
import no.ledsagerbevis.fiks.forvaltning.ForvaltningClient;
import no.ledsagerbevis.fiks.forvaltning.Organisasjon;
import no.ledsagerbevis.support.H2AppTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Fiks faults injected in the bundled simulator while the real processes run on the real Fiks clients (job
 * executor off, jobs run here one by one, so a retry cycle of R5/PT1M takes no minutes): the engine retries
 * per the BPMN, the incident names the service and what to do and carries no personal data, and after the
 * fault clears a retry as Cockpit gives it completes the case with one letter, one SMS and one photo.
 */
@TestPropertySource(properties = {
    "ledsagerbevis.fiks.simulator.status-step=0s",
    "ledsagerbevis.fiks.api.read-timeout=1s",
    "ledsagerbevis.fiks.svarut.read-timeout=1s",
    "ledsagerbevis.fiks.forvaltning.read-timeout=1s",
    "ledsagerbevis.fiks.svarut-send-read-timeout=1s"})
class FiksFaultsProcessTest extends H2AppTest {

  static final String SAKER = "/api/v1/kommuner/" + KOMMUNE + "/grupper/" + AVDELING_1 + "/saker";
  static final String FNR = "15838500002";
  static final List<String> PERSONAL_DATA = List.of(FNR, "Kari", "Nordmann", "Storgata", "91234567");
  static final int BPMN_RETRIES = 5;

  @Autowired MunicipalityAccess municipalityAccess;
  @Autowired MunicipalitySettingsService settings;
  @Autowired ForvaltningClient forvaltning;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired HistoryService historyService;
  @Autowired JdbcClient jdbc;

  private long smsBefore;

  @BeforeEach
  void osloConfigured() {
    clearFaults();
    CaseTestGroups.ensure(municipalityAccess, asAdmin());
    if (settings.find(KOMMUNE).isEmpty()) {
      String instance = startConfiguration(KOMMUNE, "OSLO");
      configureUntilEnd(instance);
    }
  }

  @AfterEach
  void clearFaults() {
    assertThat(http().delete("/fiks-simulator/api/feil").status()).isEqualTo(204);
  }

  @Test
  void forvaltningDownGoesThroughEveryRetryThenAnIncidentThenTheRetryCompletesWithOneResourceEach() {
    String instance = startConfiguration("4601", "BERGEN");
    runJobsUntilJobAt(instance, ConfigurationProcess.TASK_CREATE_REGISTER_ROLE);
    fault("forvaltning", "HTTP_503", null, null);

    Incident incident = failThroughEveryRetry(instance, ConfigurationProcess.TASK_CREATE_REGISTER_ROLE);

    assertThat(incident.getIncidentMessage()).contains("Opprett rolle i Fiks register", "503", "Cockpit");
    clearFaults();
    retryLikeCockpit(incident);
    configureUntilEnd(instance);
    JsonNode bergen = kommune("4601");
    assertThat(bergen.path("ressurser").path("rolle").asText()).isNotBlank();
    assertThat(settings.find("4601")).hasValueSatisfying(s -> assertThat(s.registerRolleId())
        .isEqualTo(bergen.path("ressurser").path("rolle").asText()));
  }

  @Test
  void aRefusalFromForvaltningTakesTheBpmnErrorPathAfterOneTry() {
    String instance = startConfiguration("3905", "TØNSBERG");
    runJobsUntilJobAt(instance, ConfigurationProcess.TASK_CREATE_REGISTER_ROLE);
    fault("forvaltning", "HTTP_400", null, 1);

    managementService.executeJob(jobAt(instance, ConfigurationProcess.TASK_CREATE_REGISTER_ROLE).getId());

    assertThat(task(instance).getTaskDefinitionKey()).isEqualTo("Task_ResolveFiksRejection");
    assertThat(runtimeService.createIncidentQuery().processInstanceId(instance).count()).isZero();
  }

  @Test
  void aRefusalWhereTheBpmnHasNoErrorPathIsAnIncidentAtOnceNotAfterEveryRetry() {
    String saksId = approvedCaseWithJobAt("Task_StorePhoto");
    fault("dokumentlager", "HTTP_400", null, 1);
    Job job = jobAt(instance(saksId), "Task_StorePhoto");

    assertThatThrownBy(() -> managementService.executeJob(job.getId())).isNotNull();

    assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isZero();
    Incident incident = incidentAt(instance(saksId), "Task_StorePhoto");
    assertThat(incident.getIncidentMessage()).contains("Last opp dokument til Fiks dokumentlager",
        "Fiks avviste forespørselen (400", "prøves ikke igjen automatisk");
    assertThat(PERSONAL_DATA).noneMatch(incident.getIncidentMessage()::contains);
    retryLikeCockpit(incident);
    finish(saksId);
  }

  @Test
  void folkeregisterResetsTheConnection() {
    String saksId = newCase();
    runJobsUntilJobAt(instance(saksId), "Task_LookupPerson");
    fault("folkeregister", "RESET", null, null);

    Incident incident = failThroughEveryRetry(instance(saksId), "Task_LookupPerson");

    assertThat(incident.getIncidentMessage()).contains("Slå opp person i folkeregisteret", "forbindelsen til Fiks ble brutt");
    clearFaults();
    retryLikeCockpit(incident);
    approve(saksId);
    finish(saksId);
  }

  @Test
  void dokumentlagerAnswers500() {
    String saksId = approvedCaseWithJobAt("Task_StorePhoto");
    fault("dokumentlager", "HTTP_500", null, null);

    Incident incident = failThroughEveryRetry(instance(saksId), "Task_StorePhoto");

    assertThat(incident.getIncidentMessage()).contains("Last opp dokument til Fiks dokumentlager", "500");
    clearFaults();
    retryLikeCockpit(incident);
    finish(saksId);
  }

  @Test
  void varslingAnswers503AndTheSmsIsSentOnceAfterTheRetry() {
    String saksId = approvedCaseWithJobAt("Task_SendAppSms");
    fault("varsling", "HTTP_503", null, null);

    Incident incident = failThroughEveryRetry(instance(saksId), "Task_SendAppSms");

    assertThat(incident.getIncidentMessage()).contains("Fiks varsling", "503");
    assertThat(smsFor(saksId)).isZero();
    clearFaults();
    retryLikeCockpit(incident);
    finish(saksId);
  }

  @Test
  void aLetterAcceptedBySvarUtWhoseAnswerTimedOutIsNotSentAgain() {
    String saksId = approvedCaseWithJobAt("Task_SendDecisionLetter");
    // The look-up by eksternReferanse answers normally; the send is received and its answer never comes.
    fault("svarut", "SLOW", "PT0S", 1);
    fault("svarut", "TIMEOUT", "PT5S", 1);
    Job job = jobAt(instance(saksId), "Task_SendDecisionLetter");

    assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessageContaining("ingen svar fra Fiks");
    assertThat(forsendelserFor(saksId)).isEqualTo(1);
    managementService.executeJob(job.getId());

    finish(saksId);
  }

  @Test
  void svarUtStatusUnreadable() {
    // The status check runs in the poll timer's job (no save point of its own).
    String saksId = approvedCaseWithJobAt("Event_WaitForDeliveryStatus");
    fault("svarut", "MALFORMED", null, null);

    Incident incident = failThroughEveryRetry(instance(saksId), "Event_WaitForDeliveryStatus");

    assertThat(incident.getIncidentMessage()).contains("Hent status fra SvarUt", "kunne ikke leses");
    clearFaults();
    retryLikeCockpit(incident);
    finish(saksId);
  }

  @Test
  void aSlowAnswerWithinTheReadTimeoutNeedsNoRetry() {
    String saksId = approvedCaseWithJobAt("Task_StorePhoto");
    fault("alle", "SLOW", "PT0.3S", null);

    finish(saksId);
  }

  @Test
  void anSmsWhoseAnswerNeverComesIsSentOnceMoreAndThenLeftToAnOperator() {
    String saksId = approvedCaseWithJobAt("Task_SendAppSms");
    fault("varsling", "TIMEOUT", "PT5S", null);
    Job job = jobAt(instance(saksId), "Task_SendAppSms");

    assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessageContaining("ingen svar fra Fiks");
    assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessageContaining("ingen svar fra Fiks");
    assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessageContaining("kan være sendt");

    assertThat(smsFor(saksId)).as("the first SMS and its one resend").isEqualTo(2);
    assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries())
        .as("no third SMS by itself: an incident at once").isZero();
    Incident incident = incidentAt(instance(saksId), "Task_SendAppSms");
    assertThat(incident.getIncidentMessage()).contains("sms_id", "Cockpit");
    assertThat(PERSONAL_DATA).noneMatch(incident.getIncidentMessage()::contains);
    // The operator learns that it arrived, as the incident message says.
    clearFaults();
    jdbc.sql("UPDATE caseletter_case SET sms_id = 'kontrollert' WHERE saks_id = :saksId").param("saksId", saksId).update();
    retryLikeCockpit(incident);
    finish(saksId, 2);
  }

  // --- the case and the configuration, driven job by job ---

  private String newCase() {
    smsBefore = http().get("/fiks-simulator/api/varsling/sms").json().size();
    return CaseTestCases.createWithPhoto(as("ina", PASSORD), SAKER, FNR);
  }

  private String approvedCaseWithJobAt(String activityId) {
    String saksId = newCase();
    approve(saksId);
    runJobsUntilJobAt(instance(saksId), activityId);
    return saksId;
  }

  private void approve(String saksId) {
    runJobsUntilTask(instance(saksId), "Task_AssessApplication");
    Task task = taskService.createTaskQuery().processInstanceId(instance(saksId)).singleResult();
    identityService.setAuthentication("ina", List.of(AVDELING_1), List.of("kommune" + KOMMUNE));
    try {
      taskService.complete(task.getId(), Map.of("vedtak", "INNVILGET", "antallLedsagere", 2L,
          "utlopsdato", LocalDate.now().plusYears(2).toString()));
    } finally {
      identityService.clearAuthentication();
    }
  }

  private void finish(String saksId) {
    finish(saksId, 1);
  }

  /** Runs the case to its end: then one letter in SvarUt, {@code sms} SMS and one photo for it. */
  private void finish(String saksId, int sms) {
    String instance = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(saksId)
        .singleResult().getId();
    for (int i = 0; i < 30 && runtimeService.createProcessInstanceQuery().processInstanceId(instance).count() > 0; i++) {
      managementService.executeJob(nextJob(instance).getId());
    }
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult()
        .getEndActivityId()).isEqualTo("EndEvent_LetterDelivered");
    assertThat(forsendelserFor(saksId)).as("letters").isEqualTo(1);
    assertThat(smsFor(saksId)).as("SMS").isEqualTo(sms);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(instance).count()).isZero();
    String bilde = jdbc.sql("SELECT bilde_dokument_id FROM caseletter_case WHERE saks_id = :saksId")
        .param("saksId", saksId).query(String.class).single();
    long photos = 0;
    for (JsonNode d : http().get("/fiks-simulator/api/dokumentlager/dokumenter").json()) {
      photos += d.path("id").asText().equals(bilde) ? 1 : 0;
    }
    assertThat(photos).isEqualTo(1);
  }

  private String startConfiguration(String kommunenummer, String poststed) {
    Organisasjon org = forvaltning.hentOrganisasjon(kommunenummer);
    String konto = forvaltning.svarUtKontoer(org.fiksOrgId()).get(0).kontoId();
    String instance = runtimeService.startProcessInstanceByKey(ConfigurationProcess.PROCESS_KEY, kommunenummer, Map.of(
        ConfigurationProcess.KOMMUNENUMMER, kommunenummer, ConfigurationProcess.KOMMUNENAVN, org.navn(),
        ConfigurationProcess.FIKS_ORG_ID, org.fiksOrgId(),
        ConfigurationProcess.ORGANISASJONSNUMMER, org.organisasjonsnummer())).getId();
    runJobsUntilTask(instance, ConfigurationProcess.TASK_CONFIGURE_SERVICE);
    taskService.complete(task(instance).getId(), Map.of(ConfigurationProcess.SVARUT_KONTO_ID, konto,
        ConfigurationProcess.POSTADRESSENAVN, "Postboks 1", ConfigurationProcess.POSTNUMMER, "0150",
        ConfigurationProcess.POSTSTED, poststed, ConfigurationProcess.TELEFON, "21802180",
        ConfigurationProcess.GODTAR_OPPRETTELSE, true));
    return instance;
  }

  private void configureUntilEnd(String instance) {
    runJobsUntilTask(instance, ConfigurationProcess.TASK_ENTER_SETTINGS);
    taskService.complete(task(instance).getId(), Map.of(
        ConfigurationProcess.KONTAKTPERSONER, "ledsagerbevis@kommune.example.no",
        ConfigurationProcess.UTSENDING_BREV, "SENDE_BREV", ConfigurationProcess.SPRAAK, "BOKMAAL"));
    for (int i = 0; i < 10 && runtimeService.createProcessInstanceQuery().processInstanceId(instance).count() > 0; i++) {
      managementService.executeJob(nextJob(instance).getId());
    }
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
  }

  private void runJobsUntilTask(String instance, String taskDefinitionKey) {
    for (int i = 0; i < 20 && taskService.createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(taskDefinitionKey).count() == 0; i++) {
      managementService.executeJob(nextJob(instance).getId());
    }
    assertThat(task(instance).getTaskDefinitionKey()).isEqualTo(taskDefinitionKey);
  }

  private void runJobsUntilJobAt(String instance, String activityId) {
    for (int i = 0; i < 20 && managementService.createJobQuery().processInstanceId(instance).activityId(activityId)
        .count() == 0; i++) {
      managementService.executeJob(nextJob(instance).getId());
    }
    jobAt(instance, activityId);
  }

  /** Runs the job until the BPMN's retries are used up, checking that each failure costs exactly one. */
  private Incident failThroughEveryRetry(String instance, String activityId) {
    Job job = jobAt(instance, activityId);
    for (int left = BPMN_RETRIES - 1; left >= 0; left--) {
      assertThatThrownBy(() -> managementService.executeJob(job.getId())).isNotNull();
      assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isEqualTo(left);
      assertThat(runtimeService.createIncidentQuery().processInstanceId(instance).count()).isEqualTo(left == 0 ? 1 : 0);
    }
    Incident incident = incidentAt(instance, activityId);
    assertThat(incident.getIncidentMessage()).contains("Fiks", "Cockpit");
    assertThat(PERSONAL_DATA).noneMatch(incident.getIncidentMessage()::contains);
    return incident;
  }

  /** What Cockpit's «Increment number of retries» does: one more try, then run it as the job executor would. */
  private void retryLikeCockpit(Incident incident) {
    managementService.setJobRetries(incident.getConfiguration(), 1);
    assertThat(runtimeService.createIncidentQuery().incidentId(incident.getId()).count()).isZero();
    managementService.executeJob(incident.getConfiguration());
  }

  private Incident incidentAt(String instance, String activityId) {
    return runtimeService.createIncidentQuery().processInstanceId(instance).activityId(activityId).singleResult();
  }

  private Job jobAt(String instance, String activityId) {
    Job job = managementService.createJobQuery().processInstanceId(instance).activityId(activityId).singleResult();
    assertThat(job).as("job at " + activityId).isNotNull();
    return job;
  }

  private Job nextJob(String instance) {
    // The earliest due job, but never the 14-day give-up timer: these tests follow the letter, not the give-up.
    List<String> giveUp = managementService.createJobDefinitionQuery().activityIdIn("BoundaryEvent_DeliveryMaxWait").list()
        .stream().map(definition -> definition.getId()).toList();
    List<Job> jobs = managementService.createJobQuery().processInstanceId(instance).withRetriesLeft()
        .orderByJobDuedate().asc().list().stream()
        .filter(job -> !giveUp.contains(job.getJobDefinitionId()))
        .toList();
    assertThat(jobs).as("a job to run in " + runtimeService.getActiveActivityIds(instance)).isNotEmpty();
    return jobs.get(0);
  }

  private Task task(String instance) {
    return taskService.createTaskQuery().processInstanceId(instance).singleResult();
  }

  private String instance(String saksId) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(saksId).singleResult().getId();
  }

  private void fault(String tjeneste, String type, String forsinkelse, Integer antall) {
    StringBuilder json = new StringBuilder("{\"tjeneste\":\"" + tjeneste + "\",\"type\":\"" + type + "\"");
    if (forsinkelse != null) {
      json.append(",\"forsinkelse\":\"").append(forsinkelse).append('"');
    }
    if (antall != null) {
      json.append(",\"antall\":").append(antall);
    }
    assertThat(http().postJson("/fiks-simulator/api/feil", json.append('}').toString()).status()).isEqualTo(201);
  }

  private JsonNode kommune(String kommunenummer) {
    for (JsonNode k : http().get("/fiks-simulator/api/kommuner").json()) {
      if (kommunenummer.equals(k.path("kommunenummer").asText())) {
        return k;
      }
    }
    throw new AssertionError("no " + kommunenummer);
  }

  private long forsendelserFor(String saksId) {
    long count = 0;
    for (JsonNode f : http().get("/fiks-simulator/api/svarut/forsendelser").json()) {
      count += saksId.equals(f.path("eksternReferanse").asText()) ? 1 : 0;
    }
    return count;
  }

  /** SMS sent since this test's case was created (each test has one case, the only one that gets to its SMS). */
  private long smsFor(String saksId) {
    return http().get("/fiks-simulator/api/varsling/sms").json().size() - smsBefore;
  }
}
