package no.ledsagerbevis.caseletter;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.imageio.ImageIO;
import no.ledsagerbevis.access.MunicipalityAccess;
import no.ledsagerbevis.configuration.FiksAccounts;
import no.ledsagerbevis.configuration.MunicipalitySettings;
import no.ledsagerbevis.configuration.MunicipalitySettingsService;
import no.ledsagerbevis.configuration.PostAdresse;
import no.ledsagerbevis.configuration.Spraak;
import no.ledsagerbevis.configuration.UtsendingBrev;
import no.ledsagerbevis.fiks.FiksUnavailableException;
import no.ledsagerbevis.fiks.MaskinportenTokenProvider;
import no.ledsagerbevis.fiks.dokumentlager.DokumentlagerClient;
import no.ledsagerbevis.fiks.forvaltning.ForvaltningClient;
import no.ledsagerbevis.fiks.register.Adressebeskyttelse;
import no.ledsagerbevis.fiks.register.FolkeregisterClient;
import no.ledsagerbevis.fiks.register.Person;
import no.ledsagerbevis.fiks.register.Postadresse;
import no.ledsagerbevis.fiks.svarut.Fil;
import no.ledsagerbevis.fiks.svarut.Forsendelse;
import no.ledsagerbevis.fiks.svarut.ForsendelseStatus;
import no.ledsagerbevis.fiks.svarut.SvarUtClient;
import no.ledsagerbevis.fiks.varsling.Sms;
import no.ledsagerbevis.fiks.varsling.VarslingClient;
import no.ledsagerbevis.support.H2AppTest;
import no.ledsagerbevis.system.ProcessVersionMigration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Every path through {@code ledsagerbevis-decision-letter} on the real BPMN, forms and services, with the
 * Fiks clients and the municipality's settings replaced by mocks. Jobs run one at a time with
 * {@code execute(job())}.
 */
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class DecisionLetterProcessTest extends H2AppTest {

  static {
    // The coverage report goes beside the test classes (target-<name>/), not into a shared target/.
    try {
      java.nio.file.Path testClasses = java.nio.file.Path.of(
          DecisionLetterProcessTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      System.setProperty("camunda-process-test-coverage.target-dir-root",
          testClasses.getParent().resolve("process-test-coverage") + "/");
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static final String KOMMUNE = "0301";
  static final String GRUPPE = "0301-avdeling-1";
  static final String FNR = "15838500002";
  static final String KONTO = "svarut-konto-ledsagerbevis";

  @MockitoBean MunicipalitySettingsService settings;
  @MockitoBean FolkeregisterClient folkeregister;
  @MockitoBean DokumentlagerClient dokumentlager;
  @MockitoBean VarslingClient varsling;
  @MockitoBean SvarUtClient svarUt;
  @MockitoBean ForvaltningClient forvaltning;
  @MockitoBean MaskinportenTokenProvider tokens;

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;
  @Autowired AuthorizationService authorizationService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired org.camunda.bpm.engine.RepositoryService repositoryService;
  @Autowired ProcessVersionMigration versionMigration;
  @Autowired CaseRepository cases;
  @Autowired CaseEventRepository events;
  @Autowired PhotoRepository photos;
  @Autowired LetterRepository letters;
  @Autowired JdbcClient jdbc;
  @Autowired AppSmsService appSmsService;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired MunicipalityAccess municipalityAccess;

  String saksId;

  @BeforeEach
  void setUp() throws IOException {
    BpmnAwareTests.init(processEngine);
    when(settings.get(KOMMUNE)).thenReturn(settings(UtsendingBrev.SENDE_BREV));
    when(settings.fiksAccounts(KOMMUNE)).thenReturn(Optional.of(accounts()));
    when(dokumentlager.lastOpp(anyString(), anyString(), any(), any())).thenReturn("dokument-1");
    when(varsling.sendSms(anyString(), any())).thenReturn("sms-1");
    when(svarUt.finnForsendelseId(anyString(), anyString())).thenReturn(Optional.empty());
    when(svarUt.send(anyString(), any(), anyList())).thenReturn("forsendelse-1");
    // Completion checks current membership in our tables: ina and paal work in Avdeling 1, kari in Avdeling 2.
    CaseTestGroups.ensure(municipalityAccess, asAdmin());
    saksId = newCase();
    grantGroupReadOnDefinition();
  }

  /** What access grants every user group (AuthorizationSetup); the coverage listener reads the definition as the user. */
  private void grantGroupReadOnDefinition() {
    if (authorizationService.createAuthorizationQuery().groupIdIn(GRUPPE).resourceType(Resources.PROCESS_DEFINITION)
        .resourceId(ProcessVariables.PROCESS_KEY).count() == 0) {
      Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId(GRUPPE);
      grant.setResource(Resources.PROCESS_DEFINITION);
      grant.setResourceId(ProcessVariables.PROCESS_KEY);
      grant.addPermission(Permissions.READ);
      authorizationService.saveAuthorization(grant);
    }
  }

  @AfterEach
  void clearAuthenticationAndClock() {
    identityService.clearAuthentication();
    ClockUtil.reset();
  }

  @Test
  void approvedCaseStoresPhotoIssuesCertificateSendsSmsAndTracksTheLetterToDelivery() throws IOException {
    personFound(new Postadresse("Storgata 1", "0155", "Oslo"), Adressebeskyttelse.UGRADERT);
    when(svarUt.statusSok(eq(KONTO), eq(List.of("forsendelse-1"))))
        .thenReturn(List.of(status("MOTTATT")))
        .thenReturn(List.of(status("LEVERT_SDP")));
    ProcessInstance instance = start();

    lookUpPerson(instance);
    approveAs("ina", instance);

    assertThat(instance).isWaitingAt("Task_StorePhoto");
    execute(job());
    assertThat(instance).isWaitingAt("Task_IssueCertificate");
    execute(job());
    assertThat(instance).isWaitingAt("Task_SendAppSms");
    execute(job());
    assertThat(instance).isWaitingAt("Gateway_LetterSending");
    execute(job());
    assertThat(instance).hasPassed("Task_GenerateDecisionLetter").isWaitingAt("Task_SendDecisionLetter");
    execute(job());
    assertThat(instance).isWaitingAt("Event_WaitForDeliveryStatus").variables()
        .containsEntry("forsendelseId", "forsendelse-1").containsKey("brevSendt");
    executePoll(instance);
    assertThat(instance).isWaitingAt("Event_WaitForDeliveryStatus");
    executePoll(instance);
    assertThat(instance).isEnded().hasPassed("Task_StorePhoto", "Task_IssueCertificate", "Task_SendAppSms",
        "Task_GenerateDecisionLetter", "Task_SendDecisionLetter", "Task_TrackDelivery", "EndEvent_LetterDelivered")
        .hasNotPassed("Task_FollowUpLetter");
    // One job per save point (look-up, photo, certificate, SMS, letter, send) and one per poll; nothing else.
    Assertions.assertThat(historyService.createHistoricJobLogQuery().processInstanceId(instance.getId())
        .successLog().count()).isEqualTo(8);

    CompanionCase sak = cases.get(saksId);
    Assertions.assertThat(sak.status()).isEqualTo(CaseStatus.AKTIV);
    Assertions.assertThat(sak.saksbehandler()).isEqualTo("ina");
    Assertions.assertThat(sak.bildeDokumentId()).isEqualTo("dokument-1");
    Assertions.assertThat(sak.smsId()).isEqualTo("sms-1");
    ArgumentCaptor<Sms> sms = ArgumentCaptor.forClass(Sms.class);
    verify(varsling, times(1)).sendSms(eq("varsling-konto-1"), sms.capture());
    Assertions.assertThat(sms.getValue().telefonnummer()).isEqualTo("91234567");
    Assertions.assertThat(sms.getValue().tekst()).contains("Oslo kommune", "91234567", "6 siffer");

    Forsendelse forsendelse = sentForsendelse();
    Assertions.assertThat(forsendelse.eksternReferanse()).isEqualTo(saksId);
    Assertions.assertThat(forsendelse.mottaker().digitalId()).isEqualTo(FNR);
    Assertions.assertThat(forsendelse.mottaker().adresselinje1()).isEqualTo("Storgata 1");
    Assertions.assertThat(forsendelse.kunDigitalLevering()).isFalse();

    String text = letterText();
    Assertions.assertThat(text).contains("innvilget", "Kari Nordmann", "Storgata 1", "158385*****",
        "Postboks 1 Sentrum", "Oslo kommune");
    Assertions.assertThat(text).doesNotContain(FNR);
    Assertions.assertThat(history()).containsSubsequence(CaseEventType.OPPRETTET, CaseEventType.PERSON_FUNNET,
        CaseEventType.VEDTAK_FATTET, CaseEventType.BILDE_LAGRET, CaseEventType.BEVIS_UTSTEDT, CaseEventType.SMS_SENDT,
        CaseEventType.BREV_LAGET, CaseEventType.BREV_SENDT, CaseEventType.SENDT_EIER);
  }

  @Test
  void refusedCaseGetsARefusalLetterAndNoCertificate() throws IOException {
    personFound(new Postadresse("Storgata 1", "0155", "Oslo"), Adressebeskyttelse.UGRADERT);
    when(svarUt.statusSok(anyString(), anyList())).thenReturn(List.of(status("PRINTET")));
    ProcessInstance instance = start();

    lookUpPerson(instance);
    completeAs("ina", Map.of("vedtak", "AVSLAATT", "begrunnelse", "Vilkårene for ledsagerbevis er ikke oppfylt."));

    assertThat(instance).isWaitingAt("Gateway_LetterSending");
    executeUntilEnded(instance);
    assertThat(instance).isEnded().hasPassed("Task_GenerateDecisionLetter", "EndEvent_LetterDelivered")
        .hasNotPassed("Task_StorePhoto", "Task_IssueCertificate", "Task_SendAppSms");
    Assertions.assertThat(cases.get(saksId).status()).isEqualTo(CaseStatus.AVSLAATT);
    verify(varsling, never()).sendSms(anyString(), any());
    verify(dokumentlager, never()).lastOpp(anyString(), anyString(), any(), any());
    Assertions.assertThat(letterText()).contains("avslått", "Vilkårene for ledsagerbevis er ikke oppfylt.", "Postboks 1 Sentrum");
    Assertions.assertThat(history()).contains(CaseEventType.SENDT_PRINT).doesNotContain(CaseEventType.BEVIS_UTSTEDT);
  }

  @Test
  void municipalityThatWritesNynorskGetsItsLetterInNynorsk() throws IOException {
    MunicipalitySettings bokmaal = settings(UtsendingBrev.SENDE_BREV);
    when(settings.get(KOMMUNE)).thenReturn(new MunicipalitySettings(KOMMUNE, KONTO, bokmaal.postAdresse(),
        bokmaal.telefon(), List.of(), UtsendingBrev.SENDE_BREV, Spraak.NYNORSK, "rolle-1", "dokumentlager-konto-1",
        "varsling-konto-1"));
    personFound(new Postadresse("Storgata 1", "0155", "Oslo"), Adressebeskyttelse.UGRADERT);
    when(svarUt.statusSok(anyString(), anyList())).thenReturn(List.of(status("LEVERT_SDP")));
    ProcessInstance instance = start();

    lookUpPerson(instance);
    completeAs("ina", Map.of("vedtak", "AVSLAATT", "begrunnelse", "Vilkåra er ikkje oppfylte."));
    executeUntilEnded(instance);

    Assertions.assertThat(letterText()).contains("Vedtak om ledsagarbevis", "Vilkåra er ikkje oppfylte.");
  }

  @Test
  void refusalWithoutReasonsIsRefusedWithANorwegianMessage() {
    personFound(new Postadresse("Storgata 1", "0155", "Oslo"), Adressebeskyttelse.UGRADERT);
    ProcessInstance instance = start();
    lookUpPerson(instance);

    Assertions.assertThatThrownBy(() -> completeAs("ina", Map.of("vedtak", "AVSLAATT")))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("Begrunnelse må fylles ut når søknaden avslås.");
    assertThat(instance).isWaitingAt("Task_AssessApplication");
    Assertions.assertThat(cases.get(saksId).vedtak()).isNull();
  }

  @Test
  void theProcessStartsOnlyForAStoredCaseAndOnlyOnce() {
    // In another municipality (tenant) than the case's: refused.
    Assertions.assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(ProcessVariables.PROCESS_KEY, saksId,
            ProcessVariables.start(saksId, "4601", GRUPPE, 1, LocalDate.now().plusYears(2))))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("saks-API-et");
    Assertions.assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(ProcessVariables.PROCESS_KEY,
            UUID.randomUUID().toString(), ProcessVariables.start(saksId, KOMMUNE, GRUPPE, 1, LocalDate.now().plusYears(2))))
        .isInstanceOf(BadUserRequestException.class);
    // A group variable of another group is never read: the task goes to the case's group.
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(ProcessVariables.PROCESS_KEY, saksId,
        ProcessVariables.start(saksId, KOMMUNE, "0301-avdeling-2", 1, LocalDate.now().plusYears(2)));
    personFound(new Postadresse("Storgata 1", "0155", "Oslo"), Adressebeskyttelse.UGRADERT);
    lookUpPerson(instance);
    Assertions.assertThatThrownBy(this::start)
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("allerede under behandling");
  }

  @Test
  void aDecidedCaseCannotBeStartedAgain() {
    personFound(new Postadresse("Storgata 1", "0155", "Oslo"), Adressebeskyttelse.UGRADERT);
    when(svarUt.statusSok(anyString(), anyList())).thenReturn(List.of(status("PRINTET")));
    ProcessInstance instance = start();
    lookUpPerson(instance);
    completeAs("ina", Map.of("vedtak", "AVSLAATT", "begrunnelse", "Vilkårene for ledsagerbevis er ikke oppfylt."));
    executeUntilEnded(instance);
    assertThat(instance).isEnded();

    Assertions.assertThatThrownBy(this::start)
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("allerede ferdig behandlet");
    Assertions.assertThat(cases.get(saksId).status()).isEqualTo(CaseStatus.AVSLAATT);
  }

  @Test
  void aCompletionCannotPointTheCaseAtAnotherCaseOrGroup() throws IOException {
    String other = newCase();
    personFound(new Postadresse("Storgata 1", "0155", "Oslo"), Adressebeskyttelse.UGRADERT);
    ProcessInstance instance = start();
    lookUpPerson(instance);

    // Through REST such fields are refused (HostileCaseHandlerIT); here the engine takes them and nothing reads them.
    completeAs("ina", Map.of("vedtak", "AVSLAATT", "begrunnelse", "Nei.", "saksId", other,
        "kommunenummer", "4601", "gruppeId", "0301-avdeling-2"));

    assertThat(instance).hasPassed("Task_RecordDecision");
    Assertions.assertThat(cases.get(saksId).vedtak()).isEqualTo(Vedtak.AVSLAATT);
    Assertions.assertThat(cases.get(other).vedtak()).isNull();
  }

  @Test
  void theRefusalReasonIsRecordedOnTheCaseAndTakenOutOfTheProcess() {
    personFound(new Postadresse("Storgata 1", "0155", "Oslo"), Adressebeskyttelse.UGRADERT);
    ProcessInstance instance = start();
    lookUpPerson(instance);

    completeAs("ina", Map.of("vedtak", "AVSLAATT", "begrunnelse", "Vilkårene for ledsagerbevis er ikke oppfylt."));

    assertThat(instance).hasPassed("Task_AssessApplication", "Task_RecordDecision").variables()
        .doesNotContainKey("begrunnelse").containsEntry("saksbehandler", "ina");
    Assertions.assertThat(cases.get(saksId).begrunnelse()).isEqualTo("Vilkårene for ledsagerbevis er ikke oppfylt.");
  }

  @Test
  void aUserWhoDoesNotWorkInTheCasesGroupCannotComplete() {
    personFound(new Postadresse("Storgata 1", "0155", "Oslo"), Adressebeskyttelse.UGRADERT);
    ProcessInstance instance = start();
    lookUpPerson(instance);

    Assertions.assertThatThrownBy(() -> completeAs("kari", Map.of("vedtak", "AVSLAATT", "begrunnelse", "Nei.")))
        .hasRootCauseInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    assertThat(instance).isWaitingAt("Task_AssessApplication");
    Assertions.assertThat(cases.get(saksId).vedtak()).isNull();
  }

  @Test
  void approvalWithoutPhotoOrWithPastExpiryIsRefused() {
    String withoutPhoto = newCaseWithoutPhoto();
    saksId = withoutPhoto;
    personFound(new Postadresse("Storgata 1", "0155", "Oslo"), Adressebeskyttelse.UGRADERT);
    ProcessInstance instance = start();
    lookUpPerson(instance);

    Assertions.assertThatThrownBy(() -> completeAs("ina", Map.of("vedtak", "INNVILGET", "antallLedsagere", 3L,
            "utlopsdato", "2020-01-01")))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("Antall ledsagere må være 1 eller 2.")
        .hasMessageContaining("Utløpsdato må være en dato fram i tid.")
        .hasMessageContaining("Last opp bilde");
    assertThat(instance).isWaitingAt("Task_AssessApplication");
  }

  @Test
  void municipalityThatSendsFromItsJournalSystemGetsNoLetterAndTheHistorySaysSo() {
    when(settings.get(KOMMUNE)).thenReturn(settings(UtsendingBrev.IKKE_SENDE_BREV));
    personFound(new Postadresse("Storgata 1", "0155", "Oslo"), Adressebeskyttelse.UGRADERT);
    ProcessInstance instance = start();

    lookUpPerson(instance);
    approveAs("ina", instance);
    executeUntilEnded(instance);

    assertThat(instance).isEnded().hasPassed("Task_RecordLetterFromJournalSystem", "EndEvent_LetterFromJournalSystem")
        .hasNotPassed("Task_GenerateDecisionLetter", "Task_SendDecisionLetter");
    verify(svarUt, never()).send(anyString(), any(), anyList());
    Assertions.assertThat(letters.find(saksId)).isEmpty();
    Assertions.assertThat(cases.get(saksId).status()).isEqualTo(CaseStatus.AKTIV);
    Assertions.assertThat(history()).contains(CaseEventType.BREV_SENDES_FRA_FAGSYSTEM);
  }

  @Test
  void undeliveredLetterOpensAFollowUpTaskForTheGroup() {
    personFound(new Postadresse("Storgata 1", "0155", "Oslo"), Adressebeskyttelse.UGRADERT);
    when(svarUt.statusSok(anyString(), anyList())).thenReturn(List.of(status("IKKE_LEVERT")));
    ProcessInstance instance = start();

    lookUpPerson(instance);
    approveAs("ina", instance);
    executeWhileJobs(instance);

    assertThat(instance).isWaitingAt("Task_FollowUpLetter").hasPassed("BoundaryEvent_LetterNotDelivered")
        .hasNotPassed("BoundaryEvent_DeliveryMaxWait", "Task_RecordNoFinalStatus")
        .variables().containsEntry("oppfolgingsgrunn", "IKKE_LEVERT");
    assertThat(task()).hasCandidateGroup(GRUPPE);
    Assertions.assertThat(task().getDescription()).startsWith("SvarUt kunne ikke levere vedtaksbrevet");
    Assertions.assertThat(history()).contains(CaseEventType.IKKE_SENDT_EIER);
    Assertions.assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).count())
        .as("the give-up timer went with the sub-process").isZero();

    completeAs("paal", Map.of("oppfolgingstiltak", "SENDT_PAPIR_FRA_KOMMUNEN", "brevFulgtOpp", true));
    assertThat(instance).isEnded().hasPassed("EndEvent_LetterFollowedUp");
    Assertions.assertThat(events.history(saksId)).anySatisfy(e -> {
      Assertions.assertThat(e.hendelse()).isEqualTo(CaseEventType.BREV_FULGT_OPP);
      Assertions.assertThat(e.utfortAv()).isEqualTo("paal");
    });
  }

  @Test
  void aLetterWithoutFinalStatusAfterTheMaxWaitGoesToTheCaseHandlerOnItsOwnPath() {
    personFound(new Postadresse("Storgata 1", "0155", "Oslo"), Adressebeskyttelse.UGRADERT);
    when(svarUt.statusSok(anyString(), anyList())).thenReturn(List.of(status("SENDT_PRINT")));
    ProcessInstance instance = start();
    lookUpPerson(instance);
    approveAs("ina", instance);
    executeUntilWaitingAt(instance, "Event_WaitForDeliveryStatus");
    Job giveUp = jobAt(instance, "BoundaryEvent_DeliveryMaxWait");
    Assertions.assertThat(giveUp.getDuedate()).isCloseTo(java.util.Date.from(java.time.Instant.now()
        .plus(java.time.Duration.ofDays(14))), 60_000);
    executePoll(instance);
    executePoll(instance);
    assertThat(instance).isWaitingAt("Event_WaitForDeliveryStatus");

    ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(15))));
    execute(giveUp);

    assertThat(instance).isWaitingAt("Task_FollowUpLetter")
        .hasPassed("BoundaryEvent_DeliveryMaxWait", "Task_RecordNoFinalStatus")
        .hasNotPassed("BoundaryEvent_LetterNotDelivered")
        .variables().containsEntry("oppfolgingsgrunn", "INGEN_ENDELIG_STATUS");
    Assertions.assertThat(task().getDescription()).startsWith("SvarUt har ikke gitt vedtaksbrevet noen endelig status");
    Assertions.assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).count())
        .as("no poll is left").isZero();
    Assertions.assertThat(events.history(saksId)).anySatisfy(e -> Assertions.assertThat(e.beskrivelse())
        .contains("ikke gitt endelig status", "14 dager"));
    completeAs("paal", Map.of("oppfolgingstiltak", "KONTAKTET_INNBYGGER", "brevFulgtOpp", true));
    assertThat(instance).isEnded().hasPassed("EndEvent_LetterFollowedUp");
  }

  @Test
  void pollsThatLearnNothingNewWriteNothingAndWaitLongerEachTime() {
    personFound(new Postadresse("Storgata 1", "0155", "Oslo"), Adressebeskyttelse.UGRADERT);
    when(svarUt.statusSok(anyString(), anyList())).thenReturn(List.of(status("MOTTATT")))
        .thenReturn(List.of(status("MOTTATT"))).thenReturn(List.of(status("MOTTATT")))
        .thenReturn(List.of(status("LEVERT_SDP")));
    ProcessInstance instance = start();
    lookUpPerson(instance);
    approveAs("ina", instance);
    executeUntilWaitingAt(instance, "Event_WaitForDeliveryStatus");
    java.time.Instant sent = java.time.Instant.parse((String) runtimeService.getVariable(instance.getId(), "brevSendt"));
    Assertions.assertThat(pollJob(instance).getDuedate().toInstant()).isBetween(sent.plusSeconds(14), sent.plusSeconds(16));

    executePoll(instance);
    int eventCount = events.history(saksId).size();
    ClockUtil.setCurrentTime(java.util.Date.from(sent.plusSeconds(60)));
    executePoll(instance);
    Assertions.assertThat(pollJob(instance).getDuedate().toInstant()).as("waits as long as the letter has been out")
        .isBetween(sent.plusSeconds(119), sent.plusSeconds(121));
    ClockUtil.setCurrentTime(java.util.Date.from(sent.plusSeconds(3600)));
    executePoll(instance);
    Assertions.assertThat(pollJob(instance).getDuedate().toInstant()).as("never longer than the interval")
        .isBetween(sent.plusSeconds(3600 + 299), sent.plusSeconds(3600 + 301));
    Assertions.assertThat(events.history(saksId)).as("no case event while the status stands still").hasSize(eventCount);
    Assertions.assertThat(historyService.createHistoricDetailQuery().processInstanceId(instance.getId())
        .variableUpdates().list().stream().filter(d -> d instanceof HistoricVariableUpdate u
            && "leveringsstatus".equals(u.getVariableName())).count()).as("VENTER once").isEqualTo(1);

    executePoll(instance);
    assertThat(instance).isEnded().hasPassed("EndEvent_LetterDelivered");
    Assertions.assertThat(historyService.createHistoricDetailQuery().processInstanceId(instance.getId())
        .variableUpdates().list().stream().filter(d -> d instanceof HistoricVariableUpdate u
            && "leveringsstatus".equals(u.getVariableName())).count()).as("VENTER, LEVERT").isEqualTo(2);
  }

  @Test
  void protectedAddressMeansDigitalDeliveryOnlyAndNoAddressAnywhere() throws IOException {
    personFound(null, Adressebeskyttelse.STRENGT_FORTROLIG);
    when(svarUt.statusSok(anyString(), anyList())).thenReturn(List.of(status("LEVERT_SDP")));
    ProcessInstance instance = start();

    lookUpPerson(instance);
    approveAs("ina", instance);
    executeUntilEnded(instance);

    CompanionCase sak = cases.get(saksId);
    Assertions.assertThat(sak.adressebeskyttet()).isTrue();
    Assertions.assertThat(sak.adresse()).isNull();
    Forsendelse forsendelse = sentForsendelse();
    Assertions.assertThat(forsendelse.kunDigitalLevering()).isTrue();
    Assertions.assertThat(forsendelse.mottaker().adresselinje1()).isNull();
    Assertions.assertThat(forsendelse.mottaker().postnummer()).isNull();
    Assertions.assertThat(letterText()).contains("Kari Nordmann").doesNotContain("Storgata");
  }

  @Test
  void addressIsNotKeptWhenTheRegisterMarksItProtectedEvenIfItSendsOne() {
    personFound(new Postadresse("Hemmeligveien 2", "0155", "Oslo"), Adressebeskyttelse.FORTROLIG);
    ProcessInstance instance = start();
    lookUpPerson(instance);

    CompanionCase sak = cases.get(saksId);
    Assertions.assertThat(sak.adressebeskyttet()).isTrue();
    Assertions.assertThat(sak.adresse()).isNull();
  }

  @Test
  void personNotInTheRegisterGivesTheCaseHandlerATaskNotAnIncident() {
    when(folkeregister.hentPerson(anyString(), any())).thenReturn(Optional.empty());
    ProcessInstance instance = start();

    execute(job());

    assertThat(instance).isWaitingAt("Task_CheckPersonNotFound");
    assertThat(task()).hasCandidateGroup(GRUPPE).hasName("Personen finnes ikke i Folkeregisteret");
    Assertions.assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    Assertions.assertThat(history()).contains(CaseEventType.PERSON_IKKE_FUNNET);

    completeAs("ina", Map.of("personHandling", "AVSLUTT_SAK"));
    // Closing is a status in our table only: it runs in the completion's transaction, no job.
    assertThat(instance).isEnded().hasPassed("Task_CloseCase", "EndEvent_CaseClosed");
    Assertions.assertThat(cases.get(saksId).status()).isEqualTo(CaseStatus.AVSLUTTET);
  }

  @Test
  void caseHandlerCanLookThePersonUpAgain() {
    when(folkeregister.hentPerson(anyString(), any()))
        .thenReturn(Optional.empty())
        .thenReturn(Optional.of(new Person("Kari", null, "Nordmann", new Postadresse("Storgata 1", "0155", "Oslo"),
            Adressebeskyttelse.UGRADERT)));
    ProcessInstance instance = start();
    execute(job());

    completeAs("ina", Map.of("personHandling", "SLAA_OPP_IGJEN"));
    assertThat(instance).isWaitingAt("Task_LookupPerson");
    execute(job());

    assertThat(instance).isWaitingAt("Task_AssessApplication");
    Assertions.assertThat(cases.get(saksId).navn().fulltNavn()).isEqualTo("Kari Nordmann");
  }

  @Test
  void personNotFoundTaskRequiresAChoice() {
    when(folkeregister.hentPerson(anyString(), any())).thenReturn(Optional.empty());
    ProcessInstance instance = start();
    execute(job());

    Assertions.assertThatThrownBy(() -> completeAs("ina", Map.of()))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("Velg om personen skal slås opp på nytt");
    assertThat(instance).isWaitingAt("Task_CheckPersonNotFound");
  }

  @Test
  void theSendJobRunTwiceSendsOnce() {
    personFound(new Postadresse("Storgata 1", "0155", "Oslo"), Adressebeskyttelse.UGRADERT);
    ProcessInstance instance = start();
    lookUpPerson(instance);
    approveAs("ina", instance);
    executeUntilWaitingAt(instance, "Event_WaitForDeliveryStatus");

    runSendJobAgain(instance);

    verify(svarUt, times(1)).send(anyString(), any(), anyList());
  }

  @Test
  void aSendWhoseCommitWasLostIsFoundInSvarUtByItsExternalReference() {
    personFound(new Postadresse("Storgata 1", "0155", "Oslo"), Adressebeskyttelse.UGRADERT);
    ProcessInstance instance = start();
    lookUpPerson(instance);
    approveAs("ina", instance);
    executeUntilWaitingAt(instance, "Event_WaitForDeliveryStatus");
    // As if the first run reached SvarUt but its transaction never committed.
    jdbc.sql("UPDATE caseletter_letter SET forsendelse_id = NULL WHERE saks_id = :saksId").param("saksId", saksId).update();
    when(svarUt.finnForsendelseId(KONTO, saksId)).thenReturn(Optional.of("forsendelse-1"));

    runSendJobAgain(instance);

    verify(svarUt, times(1)).send(anyString(), any(), anyList());
    Assertions.assertThat(letters.find(saksId).orElseThrow().forsendelseId()).isEqualTo("forsendelse-1");
  }

  @Test
  void anSmsWhoseJobRolledBackAfterTheSendIsNotSentAgain() {
    approvedCaseWaitingForTheSms();
    // As if the job reached Fiks varsling and then failed to commit.
    new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
      appSmsService.send(cases.get(saksId));
      tx.setRollbackOnly();
    });

    execute(job());

    verify(varsling, times(1)).sendSms(anyString(), any());
    Assertions.assertThat(cases.get(saksId).smsId()).isEqualTo("sms-1");
  }

  @Test
  void anSmsSendInterruptedBeforeItsIdWasRecordedIsNotRepeatedButNeedsAnOperator() {
    ProcessInstance instance = approvedCaseWaitingForTheSms();
    // As if the node died between the call to Fiks varsling and recording the SMS id.
    jdbc.sql("UPDATE caseletter_case SET sms_sending_started = CURRENT_TIMESTAMP WHERE saks_id = :saksId")
        .param("saksId", saksId).update();

    Assertions.assertThatThrownBy(() -> execute(job())).hasMessageContaining("may have been sent");

    verify(varsling, never()).sendSms(anyString(), any());
    assertThat(instance).isWaitingAt("Task_SendAppSms");
  }

  @Test
  void varslingDownLiftsTheSendingMarkSoThatTheRetrySends() {
    when(varsling.sendSms(anyString(), any())).thenThrow(new FiksUnavailableException("Varsling svarte 503"))
        .thenReturn("sms-2");
    approvedCaseWaitingForTheSms();

    Assertions.assertThatThrownBy(() -> execute(job())).isInstanceOf(FiksUnavailableException.class);
    execute(job());

    verify(varsling, times(2)).sendSms(anyString(), any());
    Assertions.assertThat(cases.get(saksId).smsId()).isEqualTo("sms-2");
  }

  private ProcessInstance approvedCaseWaitingForTheSms() {
    personFound(new Postadresse("Storgata 1", "0155", "Oslo"), Adressebeskyttelse.UGRADERT);
    ProcessInstance instance = start();
    lookUpPerson(instance);
    approveAs("ina", instance);
    executeUntilWaitingAt(instance, "Task_SendAppSms");
    return instance;
  }

  @Test
  void svarUtDownIsRetriedAndEndsAsAnIncidentWhenTheRetriesAreUsedUp() {
    personFound(new Postadresse("Storgata 1", "0155", "Oslo"), Adressebeskyttelse.UGRADERT);
    when(svarUt.send(anyString(), any(), anyList())).thenThrow(new FiksUnavailableException("SvarUt svarte 503"));
    ProcessInstance instance = start();
    lookUpPerson(instance);
    approveAs("ina", instance);
    executeUntilWaitingAt(instance, "Task_SendDecisionLetter");

    for (int attempt = 5; attempt > 0; attempt--) {
      String jobId = job().getId();
      Assertions.assertThatThrownBy(() -> managementService.executeJob(jobId)).isInstanceOf(FiksUnavailableException.class);
      Assertions.assertThat(managementService.createJobQuery().jobId(jobId).singleResult().getRetries()).isEqualTo(attempt - 1);
    }
    Assertions.assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId())
        .activityId("Task_SendDecisionLetter").count()).isEqualTo(1);
  }

  @Test
  void runningInstancesOfTheVersionBeforeMoveToTheNewOneAtStartEvenIntoTheTrackingSubProcess() throws IOException {
    personFound(new Postadresse("Storgata 1", "0155", "Oslo"), Adressebeskyttelse.UGRADERT);
    when(svarUt.statusSok(anyString(), anyList())).thenReturn(List.of(status("MOTTATT")))
        .thenReturn(List.of(status("LEVERT_SDP")));
    ProcessDefinition before = deploy("caseletter/ledsagerbevis-decision-letter-before-issue-13.bpmn");
    // Waiting for its next poll at the old top-level timer.
    ProcessInstance polling = startOn(before, saksId);
    lookUpPerson(polling);
    approveAs("ina", polling);
    executeUntilWaitingAt(polling, "Event_WaitForDeliveryStatus");
    // Waiting for a case handler.
    String assessedId = newCase();
    ProcessInstance assessing = startOn(before, assessedId);
    execute(nextJob(assessing));
    assertThat(assessing).isWaitingAt("Task_AssessApplication");
    // In the job of a save point the new version no longer has («Lag vedtaksbrev» now runs in the gateway's job).
    saksId = newCase();
    ProcessInstance generating = startOn(before, saksId);
    lookUpPerson(generating);
    completeAs("ina", Map.of("vedtak", "AVSLAATT", "begrunnelse", "Vilkårene for ledsagerbevis er ikke oppfylt."));
    execute(nextJob(generating));
    assertThat(generating).isWaitingAt("Task_GenerateDecisionLetter");
    ProcessDefinition latest = deploy("processes/ledsagerbevis-decision-letter.bpmn");

    versionMigration.migrateToLatest();

    Assertions.assertThat(definitionOf(polling)).isEqualTo(latest.getId());
    assertThat(polling).isWaitingAt("Event_WaitForDeliveryStatus");
    Assertions.assertThat(jobAt(polling, "BoundaryEvent_DeliveryMaxWait")).as("the give-up timer came with the sub-process")
        .isNotNull();
    Assertions.assertThat(definitionOf(assessing)).isEqualTo(latest.getId());
    assertThat(assessing).isWaitingAt("Task_AssessApplication");
    Assertions.assertThat(definitionOf(generating)).as("stays until its job has run").isEqualTo(before.getId());

    // The old version polled once (MOTTATT) before its timer; the moved timer's job polls in the new one.
    executePoll(polling);
    assertThat(polling).isEnded().hasPassed("Task_TrackDelivery", "EndEvent_LetterDelivered");
    execute(nextJob(generating));
    assertThat(generating).isWaitingAt("Task_SendDecisionLetter");
    versionMigration.migrateToLatest();
    Assertions.assertThat(definitionOf(generating)).as("moves at the next start").isEqualTo(latest.getId());
    executeUntilWaitingAt(generating, "Event_WaitForDeliveryStatus");
  }

  private ProcessDefinition deploy(String bpmn) {
    String deploymentId = repositoryService.createDeployment().addClasspathResource(bpmn)
        .addClasspathResource("forms/assess-application.form").addClasspathResource("forms/check-person-not-found.form")
        .addClasspathResource("forms/follow-up-letter.form").name("test " + bpmn).deploy().getId();
    return repositoryService.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult();
  }

  private ProcessInstance startOn(ProcessDefinition definition, String caseId) {
    return runtimeService.startProcessInstanceById(definition.getId(), caseId,
        ProcessVariables.start(caseId, KOMMUNE, GRUPPE, 1, LocalDate.now().plusYears(2)));
  }

  private String definitionOf(ProcessInstance instance) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getProcessDefinitionId();
  }

  /** Puts a token before the send task again and runs its job, as a re-run from Cockpit would. */
  private void runSendJobAgain(ProcessInstance instance) {
    runtimeService.createProcessInstanceModification(instance.getId())
        .startBeforeActivity("Task_SendDecisionLetter").execute();
    managementService.createJobQuery().processInstanceId(instance.getId()).activityId("Task_SendDecisionLetter")
        .list().forEach(j -> managementService.executeJob(j.getId()));
  }

  // --- helpers

  private void lookUpPerson(ProcessInstance instance) {
    assertThat(instance).isWaitingAt("Task_LookupPerson");
    execute(job());
    assertThat(instance).isWaitingAt("Task_AssessApplication");
    assertThat(task()).hasCandidateGroup(GRUPPE);
  }

  private void approveAs(String user, ProcessInstance instance) {
    completeAs(user, Map.of("vedtak", "INNVILGET", "antallLedsagere", 2L,
        "utlopsdato", LocalDate.now().plusYears(2).toString()));
  }

  /** Completes the current task as a member of the group, as Tasklist or engine-rest would. */
  private void completeAs(String user, Map<String, Object> variables) {
    String taskId = task().getId();
    identityService.setAuthentication(user, List.of(GRUPPE), List.of("kommune" + KOMMUNE));
    try {
      taskService.complete(taskId, variables);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private void executeUntilEnded(ProcessInstance instance) {
    for (int i = 0; i < 20 && !isEnded(instance); i++) {
      execute(nextJob(instance));
    }
  }

  private void executeUntilWaitingAt(ProcessInstance instance, String activityId) {
    for (int i = 0; i < 20 && !runtimeService.getActiveActivityIds(instance.getId()).contains(activityId); i++) {
      execute(nextJob(instance));
    }
    assertThat(instance).isWaitingAt(activityId);
  }

  private void executeWhileJobs(ProcessInstance instance) {
    for (int i = 0; i < 20 && nextJobOrNull(instance) != null; i++) {
      execute(nextJob(instance));
    }
  }

  /** The one job that moves the case on: never the give-up timer, which waits for its 14 days. */
  private Job nextJob(ProcessInstance instance) {
    Job next = nextJobOrNull(instance);
    Assertions.assertThat(next).as("a job of " + instance.getId()).isNotNull();
    return next;
  }

  private Job nextJobOrNull(ProcessInstance instance) {
    List<String> giveUp = jobDefinitionIds("BoundaryEvent_DeliveryMaxWait");
    List<Job> jobs = managementService.createJobQuery().processInstanceId(instance.getId()).list().stream()
        .filter(j -> !giveUp.contains(j.getJobDefinitionId())).toList();
    Assertions.assertThat(jobs).hasSizeLessThanOrEqualTo(1);
    return jobs.isEmpty() ? null : jobs.get(0);
  }

  private Job pollJob(ProcessInstance instance) {
    return jobAt(instance, "Event_WaitForDeliveryStatus");
  }

  private Job jobAt(ProcessInstance instance, String activityId) {
    List<String> definitions = jobDefinitionIds(activityId);
    List<Job> jobs = managementService.createJobQuery().processInstanceId(instance.getId()).list().stream()
        .filter(j -> definitions.contains(j.getJobDefinitionId())).toList();
    Assertions.assertThat(jobs).hasSizeLessThanOrEqualTo(1);
    return jobs.isEmpty() ? null : jobs.get(0);
  }

  private List<String> jobDefinitionIds(String activityId) {
    return managementService.createJobDefinitionQuery().activityIdIn(activityId).list().stream()
        .map(org.camunda.bpm.engine.management.JobDefinition::getId).toList();
  }

  /** One poll: the timer's job runs the status check. */
  private void executePoll(ProcessInstance instance) {
    Job poll = pollJob(instance);
    Assertions.assertThat(poll).as("a poll timer").isNotNull();
    execute(poll);
  }

  private boolean isEnded(ProcessInstance instance) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count() == 0;
  }

  private ProcessInstance start() {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(ProcessVariables.PROCESS_KEY, saksId,
        ProcessVariables.start(saksId, KOMMUNE, GRUPPE, 1, LocalDate.now().plusYears(2)));
    assertThat(instance).isStarted();
    return instance;
  }

  private String newCase() throws IOException {
    String id = newCaseWithoutPhoto();
    photos.save(id, PhotoCheck.check("image/png", png()));
    return id;
  }

  private String newCaseWithoutPhoto() {
    String id = UUID.randomUUID().toString();
    cases.insert(new NewCase(id, KOMMUNE, GRUPPE, FNR, "91234567", 1, LocalDate.now().plusYears(2), "REF-1",
        OffsetDateTime.now(ZoneOffset.UTC), "ina"));
    events.record(id, CaseEventType.OPPRETTET, "ina");
    return id;
  }

  private void personFound(Postadresse adresse, Adressebeskyttelse beskyttelse) {
    when(folkeregister.hentPerson(anyString(), any()))
        .thenReturn(Optional.of(new Person("Kari", null, "Nordmann", adresse, beskyttelse)));
  }

  private Forsendelse sentForsendelse() {
    ArgumentCaptor<Forsendelse> forsendelse = ArgumentCaptor.forClass(Forsendelse.class);
    verify(svarUt, times(1)).send(eq(KONTO), forsendelse.capture(), anyList());
    return forsendelse.getValue();
  }

  private String letterText() throws IOException {
    byte[] pdf = letters.pdf(saksId);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  private List<CaseEventType> history() {
    return events.history(saksId).stream().map(CaseEvent::hendelse).toList();
  }

  static ForsendelseStatus status(String status) {
    return new ForsendelseStatus("forsendelse-1", status, OffsetDateTime.now(ZoneOffset.UTC));
  }

  static FiksAccounts accounts() {
    return new FiksAccounts(KOMMUNE, "fiks-org-0301", KONTO, "rolle-1", "dokumentlager-konto-1", "varsling-konto-1");
  }

  static MunicipalitySettings settings(UtsendingBrev utsendingBrev) {
    return new MunicipalitySettings(KOMMUNE, KONTO, new PostAdresse("Postboks 1 Sentrum", "0101", "Oslo"),
        "21800000", List.of(), utsendingBrev, Spraak.BOKMAAL, "rolle-1", "dokumentlager-konto-1", "varsling-konto-1");
  }

  static byte[] png() throws IOException {
    BufferedImage image = new BufferedImage(40, 50, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
