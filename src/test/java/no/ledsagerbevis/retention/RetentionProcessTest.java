package no.ledsagerbevis.retention;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.ledsagerbevis.configuration.FiksAccounts;
import no.ledsagerbevis.configuration.MunicipalitySettings;
import no.ledsagerbevis.configuration.MunicipalitySettingsService;
import no.ledsagerbevis.configuration.PostAdresse;
import no.ledsagerbevis.configuration.Spraak;
import no.ledsagerbevis.configuration.UtsendingBrev;
import no.ledsagerbevis.fiks.FiksUnavailableException;
import no.ledsagerbevis.fiks.dokumentlager.DokumentlagerClient;
import no.ledsagerbevis.fiks.forvaltning.ForvaltningClient;
import no.ledsagerbevis.support.H2AppTest;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * «Slett utløpte saker» on the real BPMN: the nightly timer job starts it, closed cases are stamped, and
 * each case past its retention period is erased in its own job (our rows and the photo in dokumentlager),
 * while every other case stays as it was. Cases are written straight into our tables with the ages the
 * rules look at; the retention periods are the defaults (180 days after closing, 90 after expiry).
 */
class RetentionProcessTest extends H2AppTest {

  static final String KOMMUNE = "0301";

  @MockitoBean DokumentlagerClient dokumentlager;
  @MockitoBean ForvaltningClient forvaltning;
  @MockitoBean MunicipalitySettingsService settings;

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired JdbcClient jdbc;

  OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
  LocalDate today = LocalDate.now(ZoneOffset.UTC);

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    jdbc.sql("DELETE FROM caseletter_event").update();
    jdbc.sql("DELETE FROM caseletter_letter_pdf").update();
    jdbc.sql("DELETE FROM caseletter_letter").update();
    jdbc.sql("DELETE FROM caseletter_photo").update();
    jdbc.sql("DELETE FROM caseletter_case").update();
    jdbc.sql("DELETE FROM caseletter_deleted_case").update();
    when(settings.fiksAccounts(KOMMUNE)).thenReturn(Optional.of(new FiksAccounts(KOMMUNE, "fiks-org-0301",
        "svarut-konto", "rolle-1", "dokumentlager-konto-1", "varsling-konto-1")));
    when(settings.get(KOMMUNE)).thenReturn(new MunicipalitySettings(KOMMUNE, "svarut-konto", new PostAdresse("Postboks 1",
        "0101", "Oslo"), "21800000", List.of(), UtsendingBrev.SENDE_BREV, Spraak.BOKMAAL, "rolle-1",
        "dokumentlager-konto-1", "varsling-konto-1"));
  }

  @Test
  void theNightlyTimerErasesCasesPastTheirRetentionAndKeepsTheRest() {
    String refusedLongAgo = storedCase("AVSLAATT", now.minusDays(181), today.plusYears(1), null);
    String refusedRecently = storedCase("AVSLAATT", now.minusDays(10), today.plusYears(1), null);
    String expiredLongAgo = storedCase("AKTIV", null, today.minusDays(91), "dok-expired");
    String valid = storedCase("AKTIV", null, today.plusDays(30), "dok-valid");
    String closedUnmarked = storedCase("AVSLUTTET", null, today.plusYears(1), null);

    ProcessInstance instance = startByTheNightlyTimer();
    assertThat(instance).isWaitingAt(RetentionProcess.TASK_MARK_CLOSED_CASES);
    execute(job());
    assertThat(instance).isWaitingAt(RetentionProcess.TASK_ERASE_EXPIRED_CASE + "#multiInstanceBody");
    execute(job());
    Assertions.assertThat(jobs(instance)).as("one job per expired case").hasSize(2);
    jobs(instance).forEach(j -> managementService.executeJob(j.getId()));

    assertThat(instance).isEnded().hasPassed(RetentionProcess.TASK_MARK_CLOSED_CASES,
        RetentionProcess.TASK_ERASE_EXPIRED_CASE, RetentionProcess.END_EVENT);
    assertErased(refusedLongAgo, "AVSLAATT");
    assertErased(expiredLongAgo, "AKTIV");
    verify(dokumentlager).slett("fiks-org-0301", "dokumentlager-konto-1", "dok-expired");
    verify(dokumentlager, never()).slett(anyString(), anyString(), eq("dok-valid"));
    assertKept(refusedRecently);
    assertKept(valid);
    assertKept(closedUnmarked);
    Assertions.assertThat(jdbc.sql("SELECT avsluttet FROM caseletter_case WHERE saks_id = :id")
        .param("id", closedUnmarked).query(OffsetDateTime.class).single())
        .as("a closed case is stamped the first night it is seen closed").isAfter(now.minusMinutes(5));
    Assertions.assertThat(managementService.createJobQuery().processDefinitionKey(RetentionProcess.PROCESS_KEY)
        .timers().count()).as("the timer is there for the next night").isEqualTo(1);
  }

  @Test
  void aCaseWhoseProcessStillRunsIsNeitherStampedNorErased() {
    String open = storedCase("UNDER_BEHANDLING", null, today.plusYears(1), null);
    runtimeService.createProcessInstanceByKey("ledsagerbevis-decision-letter").businessKey(open)
        .setVariable("saksId", open).setVariable("kommunenummer", KOMMUNE).setVariable("gruppeId", "0301-avdeling-1")
        .startBeforeActivity("Task_AssessApplication").execute();

    ProcessInstance instance = startByTheNightlyTimer();
    assertThat(instance).isWaitingAt(RetentionProcess.TASK_MARK_CLOSED_CASES);
    execute(job());
    execute(job());

    assertThat(instance).isEnded();
    assertKept(open);
    Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM caseletter_case WHERE saks_id = :id AND avsluttet IS NULL")
        .param("id", open).query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void aCaseThatFailsIsRetriedInItsOwnJobWhileTheOthersAreErased() {
    String failing = storedCase("AKTIV", null, today.minusDays(200), "dok-failing");
    String other = storedCase("AVSLAATT", now.minusDays(400), today.plusYears(1), null);
    doThrow(new FiksUnavailableException("Slett dokument i Fiks dokumentlager: Fiks svarte 503"))
        .when(dokumentlager).slett(anyString(), anyString(), eq("dok-failing"));

    ProcessInstance instance = startByTheNightlyTimer();
    assertThat(instance).isWaitingAt(RetentionProcess.TASK_MARK_CLOSED_CASES);
    execute(job());
    execute(job());
    for (Job inner : jobs(instance)) {
      try {
        managementService.executeJob(inner.getId());
      } catch (FiksUnavailableException e) {
        // the engine records the failure on the job and retries it later
      }
    }

    assertErased(other, "AVSLAATT");
    assertKept(failing);
    Job retried = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
    Assertions.assertThat(retried.getRetries()).isEqualTo(4);
    Assertions.assertThat(retried.getExceptionMessage()).contains("dokumentlager");
    assertThat(instance).isWaitingAt(RetentionProcess.TASK_ERASE_EXPIRED_CASE);
  }

  private ProcessInstance startByTheNightlyTimer() {
    Job timer = managementService.createJobQuery().processDefinitionKey(RetentionProcess.PROCESS_KEY).timers()
        .singleResult();
    Assertions.assertThat(timer).as("the nightly timer start job").isNotNull();
    List<String> earlier = runtimeService.createProcessInstanceQuery().processDefinitionKey(RetentionProcess.PROCESS_KEY)
        .list().stream().map(ProcessInstance::getId).toList();
    managementService.executeJob(timer.getId());
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(RetentionProcess.PROCESS_KEY).list()
        .stream().filter(p -> !earlier.contains(p.getId())).findFirst().orElseThrow();
  }

  private List<Job> jobs(ProcessInstance instance) {
    return managementService.createJobQuery().processInstanceId(instance.getId()).list();
  }

  /** A case with a photo, a letter and history rows, closed at {@code avsluttet} (null: not stamped). */
  private String storedCase(String status, OffsetDateTime avsluttet, LocalDate utlopsdato, String bildeDokumentId) {
    String saksId = UUID.randomUUID().toString();
    jdbc.sql("""
            INSERT INTO caseletter_case (saks_id, kommunenummer, gruppe_id, fnr, telefonnummer, antall_ledsagere,
              utlopsdato, status, fornavn, etternavn, begrunnelse, bilde_dokument_id, opprettet, opprettet_av, avsluttet)
            VALUES (:saksId, '0301', '0301-avdeling-1', '15838500002', '91234567', 1, :utlopsdato, :status, 'Kari',
              'Nordmann', 'Helseopplysninger', :bilde, :opprettet, 'ina', :avsluttet)""")
        .param("saksId", saksId).param("utlopsdato", java.sql.Date.valueOf(utlopsdato)).param("status", status)
        .param("bilde", bildeDokumentId).param("opprettet", now.minusYears(3)).param("avsluttet", avsluttet)
        .update();
    jdbc.sql("INSERT INTO caseletter_photo (saks_id, mime_type, innhold, lastet_opp) VALUES (:saksId, 'image/png', :b, :t)")
        .param("saksId", saksId).param("b", new byte[] {1, 2, 3}).param("t", now).update();
    jdbc.sql("INSERT INTO caseletter_letter (saks_id, filnavn, laget) VALUES (:saksId, 'vedtak.pdf', :t)")
        .param("saksId", saksId).param("t", now).update();
    jdbc.sql("INSERT INTO caseletter_letter_pdf (saks_id, innhold) VALUES (:saksId, :b)")
        .param("saksId", saksId).param("b", new byte[] {4, 5, 6}).update();
    jdbc.sql("INSERT INTO caseletter_event (id, saks_id, hendelse, tidspunkt, utfort_av, beskrivelse) "
            + "VALUES (:id, :saksId, 'OPPRETTET', :t, 'ina', 'Saken er opprettet.')")
        .param("id", UUID.randomUUID().toString()).param("saksId", saksId).param("t", now).update();
    return saksId;
  }

  private void assertErased(String saksId, String status) {
    for (String table : List.of("caseletter_case", "caseletter_photo", "caseletter_letter", "caseletter_letter_pdf",
        "caseletter_event")) {
      Assertions.assertThat(count(table, saksId)).as(table + " of " + saksId).isZero();
    }
    Assertions.assertThat(jdbc.sql("SELECT status, grunn, slettet_av FROM caseletter_deleted_case WHERE saks_id = :id")
            .param("id", saksId).query((rs, row) -> rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getString(3))
            .single())
        .isEqualTo(status + "/OPPBEVARINGSTID_UTLOPT/null");
  }

  private void assertKept(String saksId) {
    for (String table : List.of("caseletter_case", "caseletter_photo", "caseletter_letter", "caseletter_letter_pdf",
        "caseletter_event")) {
      Assertions.assertThat(count(table, saksId)).as(table + " of " + saksId).isEqualTo(1);
    }
    Assertions.assertThat(count("caseletter_deleted_case", saksId)).isZero();
  }

  private long count(String table, String saksId) {
    return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE saks_id = :id").param("id", saksId).query(Long.class).single();
  }
}
