package no.ledsagerbevis.caseletter;

import static no.ledsagerbevis.caseletter.CaseTestGroups.AVDELING_1;
import static no.ledsagerbevis.caseletter.CaseTestGroups.AVDELING_2;
import static no.ledsagerbevis.caseletter.CaseTestGroups.KOMMUNE;
import static no.ledsagerbevis.caseletter.CaseTestGroups.PASSORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.ledsagerbevis.access.MunicipalityAccess;
import no.ledsagerbevis.configuration.MunicipalitySettingsService;
import no.ledsagerbevis.fiks.FiksClientException;
import no.ledsagerbevis.fiks.dokumentlager.DokumentlagerClient;
import no.ledsagerbevis.fiks.forvaltning.ForvaltningClient;
import no.ledsagerbevis.support.Http;
import no.ledsagerbevis.support.PostgresIntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Personal data over a case's whole life, on PostgreSQL with the job executor and the Fiks simulator: the
 * refusal reason and the contact persons' e-mails never reach the engine's tables, the fødselsnummer never
 * reaches the engine or the case history, the photo leaves our table once dokumentlager holds it, and a
 * municipality's administrator (and nobody else) deletes a finished case everywhere.
 */
@TestPropertySource(properties = "ledsagerbevis.caseletter.delivery-poll-interval=PT1S")
class CaseDataProtectionIT extends PostgresIntegrationTest {

  static final String SAKER = "/api/v1/kommuner/" + KOMMUNE + "/grupper/" + AVDELING_1 + "/saker";
  static final String ADMIN_PASSORD = "Hemmelig-123-passord";
  static final String BEGRUNNELSE = "Søkeren har diagnose Z-7781 og klarer seg uten ledsager.";
  static final String KONTAKTPERSON = "ledsagerbevis@kommune.example.no";

  @Autowired MunicipalityAccess municipalityAccess;
  @Autowired MunicipalitySettingsService settings;
  @Autowired ForvaltningClient forvaltning;
  @Autowired DokumentlagerClient dokumentlager;
  @Autowired ProcessEngine processEngine;
  @Autowired HistoryService historyService;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void osloWithGroupsAdministratorsAndSettings() {
    CaseTestGroups.ensure(municipalityAccess, asAdmin());
    municipalityAccess.ensureTenantAndAdministratorGroup("4601", "Bergen");
    administrator("0301", "osloadmin");
    administrator("4601", "bergenadmin");
    if (settings.find(KOMMUNE).isEmpty()) {
      CaseTestGroups.configure(processEngine, forvaltning, settings, Duration.ofSeconds(90));
    }
  }

  @Test
  void theRefusalReasonAndTheContactPersonsNeverReachTheEngineWhileOtherVariablesKeepTheirHistory() {
    String saksId = createCaseWithPhoto("15838500002");
    Task task = awaitTask(saksId, "Task_AssessApplication");

    Http.Response submitted = ina().postJson("/engine-rest/task/" + task.getId() + "/submit-form", Map.of("variables",
        Map.of("vedtak", Map.of("value", "AVSLAATT"), "begrunnelse", Map.of("value", BEGRUNNELSE))));
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(204);
    awaitEnded(saksId);

    assertThat(ina().get(SAKER + "/" + saksId).json().get("begrunnelse").asText()).isEqualTo(BEGRUNNELSE);
    assertThat(rowsMentioning("act_%", BEGRUNNELSE)).isEmpty();
    assertThat(rowsMentioning("act_%", "diagnose Z-7781")).isEmpty();
    assertThat(rowsMentioning("act_%", KONTAKTPERSON)).isEmpty();
    assertThat(jdbc.queryForList("SELECT name_ FROM act_hi_varinst WHERE name_ IN ('begrunnelse', 'kontaktpersoner') "
        + "UNION ALL SELECT name_ FROM act_hi_detail WHERE name_ IN ('begrunnelse', 'kontaktpersoner')", String.class))
        .isEmpty();
    assertThat(jdbc.queryForList("SELECT v.text_ FROM act_hi_varinst v JOIN act_hi_procinst p "
        + "ON v.proc_inst_id_ = p.id_ WHERE p.business_key_ = ? AND v.name_ = 'vedtak'", String.class, saksId))
        .as("the rest of the history stays").containsExactly("AVSLAATT");
    assertThat(jdbc.queryForList("SELECT d.text_ FROM act_hi_detail d JOIN act_hi_procinst p "
        + "ON d.proc_inst_id_ = p.id_ WHERE p.business_key_ = ? AND d.name_ = 'vedtak' AND d.type_ = 'FormProperty'",
        String.class, saksId)).as("the submitted form's other fields").containsExactly("AVSLAATT");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM act_hi_varinst WHERE name_ = 'utsendingBrev'", Long.class))
        .as("the settings task's other fields").isPositive();
  }

  @Test
  void aFailingRegisterLookUpLeavesNoFodselsnummerInJobsIncidentsOrTheCaseHistory() {
    String fnr = "15838500193";
    String rolle = jdbc.queryForObject("SELECT resource_id FROM cfg_fiks_resource WHERE kommunenummer = ? "
        + "AND resource_type = 'REGISTER_ROLLE'", String.class, KOMMUNE);
    jdbc.update("UPDATE cfg_fiks_resource SET resource_id = 'rolle-som-ikke-finnes' WHERE kommunenummer = ? "
        + "AND resource_type = 'REGISTER_ROLLE'", KOMMUNE);
    String saksId;
    try {
      saksId = createCaseWithPhoto(fnr);
      await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM act_ru_job j "
          + "JOIN act_ru_execution e ON j.process_instance_id_ = e.id_ WHERE e.business_key_ = ? "
          + "AND j.exception_msg_ IS NOT NULL", Long.class, saksId) > 0);
    } finally {
      jdbc.update("UPDATE cfg_fiks_resource SET resource_id = ? WHERE kommunenummer = ? AND resource_type = 'REGISTER_ROLLE'",
          rolle, KOMMUNE);
    }
    assertThat(jdbc.queryForList("SELECT job_exception_msg_ FROM act_hi_job_log WHERE job_exception_msg_ IS NOT NULL",
        String.class)).as("the failure is recorded").isNotEmpty();
    assertThat(rowsMentioning("act_%", fnr)).isEmpty();
    assertThat(rowsMentioning("caseletter_event", fnr)).isEmpty();
    assertThat(rowsMentioning("act_%", "15838500002")).isEmpty();
    assertThat(rowsMentioning("caseletter_event", "15838500002")).isEmpty();
    assertThat(saksId).isNotBlank();
  }

  @Test
  void thePhotoLeavesOurTableOnceDokumentlagerHoldsItAndCanStillBeViewed() throws IOException {
    String saksId = approvedAndEnded();

    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM caseletter_photo WHERE saks_id = ?", Long.class, saksId))
        .isZero();
    String dokumentId = jdbc.queryForObject("SELECT bilde_dokument_id FROM caseletter_case WHERE saks_id = ?",
        String.class, saksId);
    assertThat(dokumentlager.lastNed(dokumentId)).isEqualTo(CaseApiTest.png());
    Http.Response photo = ina().get(SAKER + "/" + saksId + "/bilde");
    assertThat(photo.status()).isEqualTo(200);
    assertThat(photo.header("Content-Type")).hasValue("image/png");
    assertThat(photo.bytes()).isEqualTo(CaseApiTest.png());
    assertThat(ina().get(SAKER + "/" + saksId).json().get("harBilde").asBoolean()).isTrue();
  }

  @Test
  void theMunicipalityAdministratorDeletesAFinishedCaseEverywhereAndLeavesOtherCasesAlone() {
    String deleted = approvedAndEnded();
    String other = createCaseWithPhoto("15838500274");
    String dokumentId = jdbc.queryForObject("SELECT bilde_dokument_id FROM caseletter_case WHERE saks_id = ?",
        String.class, deleted);

    Http.Response response = osloAdmin().delete(SAKER + "/" + deleted);

    assertThat(response.status()).as(response.body()).isEqualTo(204);
    for (String table : List.of("caseletter_case", "caseletter_photo", "caseletter_letter", "caseletter_letter_pdf",
        "caseletter_event")) {
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE saks_id = ?", Long.class, deleted))
          .as(table).isZero();
    }
    assertThat(jdbc.queryForMap("SELECT status, vedtak, grunn, slettet_av FROM caseletter_deleted_case WHERE saks_id = ?",
        deleted)).containsEntry("status", "AKTIV").containsEntry("vedtak", "INNVILGET")
        .containsEntry("grunn", "SLETTET_AV_ADMINISTRATOR").containsEntry("slettet_av", "osloadmin");
    assertThatThrownBy(() -> dokumentlager.lastNed(dokumentId))
        .isInstanceOfSatisfying(FiksClientException.class, e -> assertThat(e.status()).isEqualTo(404));
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(deleted).count()).isZero();
    assertThat(ina().get(SAKER + "/" + deleted).status()).isEqualTo(404);
    assertThat(osloAdmin().delete(SAKER + "/" + deleted).status()).isEqualTo(404);

    assertThat(ina().get(SAKER + "/" + other).status()).isEqualTo(200);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM caseletter_photo WHERE saks_id = ?", Long.class, other))
        .isEqualTo(1);
  }

  @Test
  void onlyTheMunicipalityAdministratorDeletesAndNeverACaseStillInProgress() {
    String saksId = createCaseWithPhoto("15838500002");
    awaitTask(saksId, "Task_AssessApplication");
    String path = SAKER + "/" + saksId;

    assertThat(http().delete(path).status()).as("no credentials").isEqualTo(401);
    assertThat(ina().delete(path).status()).as("a case handler of the group").isEqualTo(403);
    assertThat(as("kari", PASSORD).delete(path).status()).as("a case handler of another group").isEqualTo(403);
    assertThat(as("bergenadmin", ADMIN_PASSORD).delete(path).status()).as("another municipality's administrator")
        .isEqualTo(403);
    assertThat(as("bergenadmin", ADMIN_PASSORD).delete("/api/v1/kommuner/4601/grupper/4601-avdeling-1/saker/" + saksId)
        .status()).as("another municipality's administrator in her own path").isEqualTo(404);
    assertThat(osloAdmin().delete("/api/v1/kommuner/" + KOMMUNE + "/grupper/" + AVDELING_2 + "/saker/" + saksId)
        .status()).as("the case through another group").isEqualTo(404);
    assertThat(osloAdmin().delete(SAKER + "/00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);

    Http.Response inProgress = osloAdmin().delete(path);
    assertThat(inProgress.status()).isEqualTo(409);
    assertThat(inProgress.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(inProgress.body()).contains("under behandling");

    assertThat(ina().get(path).json().get("status").asText()).isEqualTo("UNDER_BEHANDLING");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM caseletter_deleted_case WHERE saks_id = ?", Long.class, saksId))
        .isZero();
  }

  private String approvedAndEnded() {
    String saksId = createCaseWithPhoto("15838500002");
    Task task = awaitTask(saksId, "Task_AssessApplication");
    Http.Response completed = ina().postJson("/engine-rest/task/" + task.getId() + "/complete", Map.of("variables",
        Map.of("vedtak", Map.of("value", "INNVILGET"), "antallLedsagere", Map.of("value", 1, "type", "Long"),
            "utlopsdato", Map.of("value", LocalDate.now().plusYears(2).toString()))));
    assertThat(completed.status()).as(completed.body()).isEqualTo(204);
    awaitEnded(saksId);
    return saksId;
  }

  private String createCaseWithPhoto(String fnr) {
    return CaseTestCases.createWithPhoto(ina(), SAKER, fnr);
  }

  private Task awaitTask(String saksId, String taskDefinitionKey) {
    return await().atMost(Duration.ofSeconds(90)).until(() -> processEngine.getTaskService().createTaskQuery()
        .processInstanceBusinessKey(saksId).taskDefinitionKey(taskDefinitionKey).singleResult(), t -> t != null);
  }

  private void awaitEnded(String saksId) {
    await().atMost(Duration.ofSeconds(120)).until(() -> historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(saksId).finished().count() == 1);
  }

  /** "table: row" for every row of the matching tables in which any column (text or bytes) contains the text. */
  private List<String> rowsMentioning(String tablePattern, String text) {
    List<String> hits = new ArrayList<>();
    for (String table : jdbc.queryForList("SELECT table_name FROM information_schema.tables "
        + "WHERE table_schema = current_schema() AND table_name LIKE ?", String.class, tablePattern)) {
      jdbc.query("SELECT * FROM " + table, (ResultSet rs) -> {
        if (mentions(rs, text)) {
          hits.add(table + ": " + rs.getString(1));
        }
      });
    }
    return hits;
  }

  private static boolean mentions(ResultSet rs, String text) throws SQLException {
    ResultSetMetaData meta = rs.getMetaData();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      Object value = rs.getObject(i);
      String content = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(value);
      if (content.contains(text)) {
        return true;
      }
    }
    return false;
  }

  private void administrator(String kommunenummer, String brukernavn) {
    Http.Response response = asAdmin().postJson("/api/v1/kommuner/" + kommunenummer + "/administratorer",
        Map.of("brukernavn", brukernavn, "navn", "Admin " + kommunenummer, "passord", ADMIN_PASSORD));
    assertThat(response.status()).as(response.body()).isIn(201, 400, 409);
  }

  private Http ina() {
    return as("ina", PASSORD);
  }

  private Http osloAdmin() {
    return as("osloadmin", ADMIN_PASSORD);
  }
}
