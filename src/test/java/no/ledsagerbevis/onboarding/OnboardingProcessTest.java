package no.ledsagerbevis.onboarding;

import static no.ledsagerbevis.onboarding.OnboardingProcess.AVTALE_ID;
import static no.ledsagerbevis.onboarding.OnboardingProcess.CALL_ACTIVITY_COMPLETE_CONFIGURATION;
import static no.ledsagerbevis.onboarding.OnboardingProcess.CALL_ACTIVITY_SIGN_AGREEMENT;
import static no.ledsagerbevis.onboarding.OnboardingProcess.END_EVENT_AGREEMENT_EXPIRED;
import static no.ledsagerbevis.onboarding.OnboardingProcess.END_EVENT_SERVICE_ACTIVATED;
import static no.ledsagerbevis.onboarding.OnboardingProcess.EVENT_AGREEMENT_SIGNED;
import static no.ledsagerbevis.onboarding.OnboardingProcess.EVENT_CONFIGURED;
import static no.ledsagerbevis.onboarding.OnboardingProcess.EVENT_READY_FOR_SIGNING;
import static no.ledsagerbevis.onboarding.OnboardingProcess.EVENT_SERVICES_ACTIVE;
import static no.ledsagerbevis.onboarding.OnboardingProcess.EVENT_SERVICES_MISSING;
import static no.ledsagerbevis.onboarding.OnboardingProcess.FIKS_ORG_ID;
import static no.ledsagerbevis.onboarding.OnboardingProcess.KOMMUNENAVN;
import static no.ledsagerbevis.onboarding.OnboardingProcess.KOMMUNENUMMER;
import static no.ledsagerbevis.onboarding.OnboardingProcess.MANGLENDE_TJENESTER_TEKST;
import static no.ledsagerbevis.onboarding.OnboardingProcess.ORGANISASJONSNUMMER;
import static no.ledsagerbevis.onboarding.OnboardingProcess.PROCESS_KEY;
import static no.ledsagerbevis.onboarding.OnboardingProcess.SVARUT_KONTO_OPPRETTET;
import static no.ledsagerbevis.onboarding.OnboardingProcess.TASK_ACTIVATE_MISSING_SERVICES;
import static no.ledsagerbevis.onboarding.OnboardingProcess.TASK_CHECK_PREREQUISITES;
import static no.ledsagerbevis.onboarding.OnboardingProcess.TASK_CREATE_SVARUT_ACCOUNT;
import static no.ledsagerbevis.onboarding.OnboardingProcess.TASK_SET_UP_ACCESS;
import static no.ledsagerbevis.onboarding.OnboardingProcess.TILGANG_OPPRETTET;
import static no.ledsagerbevis.onboarding.OnboardingProcess.TJENESTER_AKTIVERT;
import static no.ledsagerbevis.onboarding.OnboardingProcess.TJENESTER_MANGLER;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import no.ledsagerbevis.agreement.Agreement;
import no.ledsagerbevis.agreement.AgreementService;
import no.ledsagerbevis.agreement.AgreementSigningProcess;
import no.ledsagerbevis.configuration.ConfigurationProcess;
import no.ledsagerbevis.errors.ConflictException;
import no.ledsagerbevis.errors.InvalidInputException;
import no.ledsagerbevis.fiks.FiksOrgId;
import no.ledsagerbevis.support.H2AppTest;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestExecutionListeners;

/**
 * Paths through {@code ledsagerbevis-onboarding} and {@code ledsagerbevis-agreement-signing} on the real
 * BPMN, with the app's own delegates against the bundled Fiks simulator. Each test uses its own
 * municipality because the simulator and the database live as long as the class.
 */
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class OnboardingProcessTest extends H2AppTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  ProcessEngine processEngine;

  @Autowired
  OnboardingService onboarding;

  @Autowired
  MunicipalityRegistry registry;

  @Autowired
  AgreementService agreements;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  TaskService taskService;

  @Autowired
  ManagementService managementService;

  @Autowired
  IdentityService identityService;

  @BeforeEach
  void initAssertions() {
    BpmnAwareTests.init(processEngine);
  }

  @AfterEach
  void logOutAndCancelRunningOnboardings() {
    identityService.clearAuthentication();
    List<String> running = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(PROCESS_KEY).list().stream().map(ProcessInstance::getId).toList();
    if (!running.isEmpty()) {
      runtimeService.deleteProcessInstances(running, "test cleanup", false, true);
    }
  }

  @Test
  void allServicesActiveLeadsToAnActiveService() throws Exception {
    ProcessInstance onboardingInstance = start("0301");
    assertThat(onboardingInstance).isWaitingAt(TASK_CHECK_PREREQUISITES);
    Assertions.assertThat(onboardingInstance.getBusinessKey()).isEqualTo("0301");
    Assertions.assertThat(onboardingInstance.getTenantId()).isEqualTo("kommune0301");
    execute(job(onboardingInstance));
    assertThat(onboardingInstance).hasVariables(KOMMUNENAVN, FIKS_ORG_ID, ORGANISASJONSNUMMER)
        .variables().containsEntry(TJENESTER_MANGLER, false);
    assertThat(onboardingInstance).hasPassed(EVENT_SERVICES_ACTIVE).isWaitingAt(TASK_CREATE_SVARUT_ACCOUNT).task()
        .hasCandidateGroup("0301-administratorer");
    complete(task(onboardingInstance), withVariables(SVARUT_KONTO_OPPRETTET, true));

    signAgreement(onboardingInstance);
    Assertions.assertThat(status("0301")).isEqualTo(OnboardingStatus.KONFIGURERES);
    Agreement agreement = agreements.get((String) runtimeService.getVariable(onboardingInstance.getId(), AVTALE_ID));
    Assertions.assertThat(agreement.signatur().brukerId()).isEqualTo("admin");
    Assertions.assertThat(agreement.signatur().sha256AvUsignertDokument()).isEqualTo(agreement.sha256Usignert())
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(agreement.usignertPdf())));
    Assertions.assertThat(new String(agreement.signertPdf(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    Assertions.assertThat(agreement.dokumentlagerId()).isNotBlank();
    Assertions.assertThat(agreement.svarUtForsendelseId()).isNotBlank();
    FiksOrgId fiksOrgId = new FiksOrgId(registry.find("0301").orElseThrow().fiksOrgId());
    Assertions.assertThat(agreements.store(agreement.id(), fiksOrgId)).as("a retried step stores once")
        .isEqualTo(agreement.dokumentlagerId());
    Assertions.assertThat(agreements.sendCopy(agreement.id(), fiksOrgId)).as("a retried step sends once")
        .isEqualTo(agreement.svarUtForsendelseId());

    configure(onboardingInstance);
    assertThat(onboardingInstance).isWaitingAt(TASK_SET_UP_ACCESS);
    Assertions.assertThat(status("0301")).isEqualTo(OnboardingStatus.TILGANG);
    createAdministratorAndGroup("0301");
    complete(task(onboardingInstance), withVariables(TILGANG_OPPRETTET, true));

    assertThat(onboardingInstance).hasPassed(EVENT_READY_FOR_SIGNING, CALL_ACTIVITY_SIGN_AGREEMENT, EVENT_AGREEMENT_SIGNED,
        CALL_ACTIVITY_COMPLETE_CONFIGURATION, EVENT_CONFIGURED)
        .isEnded().hasPassed(END_EVENT_SERVICE_ACTIVATED);
    Municipality municipality = registry.find("0301").orElseThrow();
    Assertions.assertThat(municipality.status()).isEqualTo(OnboardingStatus.AKTIV);
    Assertions.assertThat(municipality.aktivert()).isNotNull();
  }

  @Test
  void aMissingServiceIsAskedForUntilItIsActivated() {
    ProcessInstance onboardingInstance = start("3905");
    execute(job(onboardingInstance));
    assertThat(onboardingInstance).isWaitingAt(TASK_ACTIVATE_MISSING_SERVICES)
        .variables().containsEntry(TJENESTER_MANGLER, true)
        .containsEntry(MANGLENDE_TJENESTER_TEKST, "Fiks dokumentlager");
    assertThat(onboardingInstance).hasPassed(EVENT_SERVICES_MISSING);
    Assertions.assertThat(status("3905")).isEqualTo(OnboardingStatus.VENTER_PAA_TJENESTER);

    complete(task(onboardingInstance), withVariables(TJENESTER_AKTIVERT, true));
    execute(job(onboardingInstance));
    assertThat(onboardingInstance).isWaitingAt(TASK_ACTIVATE_MISSING_SERVICES);
    String again = task(onboardingInstance).getId();
    Assertions.assertThatThrownBy(() -> taskService.complete(again))
        .as("the first round's tick does not count").satisfies(OnboardingProcessTest::refusedByCompletionCheck);

    Assertions.assertThat(asAdmin().postJson("/fiks-simulator/api/kommuner/3905/tjenester/DOKUMENTLAGER/aktiver", "{}")
        .status()).isBetween(200, 204);
    complete(task(onboardingInstance), withVariables(TJENESTER_AKTIVERT, true));
    execute(job(onboardingInstance));
    assertThat(onboardingInstance).isWaitingAt(TASK_CREATE_SVARUT_ACCOUNT)
        .variables().containsEntry(TJENESTER_MANGLER, false);
    Assertions.assertThat(status("3905")).isEqualTo(OnboardingStatus.ONBOARDING);
  }

  @Test
  void anAgreementUnsignedAfterThirtyDaysStopsTheOnboarding() {
    ProcessInstance onboardingInstance = toSignAgreement("4601");
    ProcessInstance signing = calledProcessInstance(AgreementSigningProcess.PROCESS_KEY, onboardingInstance);
    Task signTask = task(signing);
    Assertions.assertThat(Duration.between(Instant.now(), signTask.getDueDate().toInstant()).toDays()).isEqualTo(13);
    Job timer = managementService.createJobQuery().processInstanceId(signing.getId()).timers().singleResult();
    Assertions.assertThat(Duration.between(Instant.now(), timer.getDuedate().toInstant()).toDays()).isEqualTo(29);

    execute(timer);

    assertThat(signing).isEnded().hasPassed(AgreementSigningProcess.END_EVENT_AGREEMENT_EXPIRED).hasNotPassed(AgreementSigningProcess.TASK_STORE_AGREEMENT);
    assertThat(onboardingInstance).isEnded().hasPassed(END_EVENT_AGREEMENT_EXPIRED)
        .hasNotPassed(CALL_ACTIVITY_COMPLETE_CONFIGURATION);
    Assertions.assertThat(status("4601")).isEqualTo(OnboardingStatus.AVTALE_UTLOPT);
    Assertions.assertThat(start("4601").getId()).as("an expired onboarding may start again")
        .isNotEqualTo(onboardingInstance.getId());
  }

  @Test
  void tasksCannotBeCompletedWithBadValues() {
    ProcessInstance onboardingInstance = start("5001");
    execute(job(onboardingInstance));
    Task svarUt = task(onboardingInstance);
    Assertions.assertThatThrownBy(() -> taskService.complete(svarUt.getId(), Map.of(SVARUT_KONTO_OPPRETTET, false)))
        .satisfies(OnboardingProcessTest::refusedByCompletionCheck).hasMessageContaining("SvarUt-konto");
    Assertions.assertThatThrownBy(() -> taskService.complete(svarUt.getId(), Map.of(SVARUT_KONTO_OPPRETTET, "true")))
        .satisfies(OnboardingProcessTest::refusedByCompletionCheck);
    Assertions.assertThatThrownBy(() -> taskService.complete(svarUt.getId()))
        .satisfies(OnboardingProcessTest::refusedByCompletionCheck);
    complete(svarUt, withVariables(SVARUT_KONTO_OPPRETTET, true));

    ProcessInstance signing = calledProcessInstance(AgreementSigningProcess.PROCESS_KEY, onboardingInstance);
    execute(job(signing));
    Task sign = task(signing);
    loginAsAdmin();
    Assertions.assertThatThrownBy(() -> taskService.complete(sign.getId(), Map.of(AgreementSigningProcess.GODTAR_VILKAAR, false)))
        .satisfies(OnboardingProcessTest::refusedByCompletionCheck).hasMessageContaining("godta vilkårene");
    identityService.clearAuthentication();
    Assertions.assertThatThrownBy(() -> taskService.complete(sign.getId(), Map.of(AgreementSigningProcess.GODTAR_VILKAAR, true)))
        .as("nobody to record as signer").satisfies(OnboardingProcessTest::refusedByCompletionCheck)
        .hasMessageContaining("innlogget bruker");
    assertThat(signing).isWaitingAt(AgreementSigningProcess.TASK_SIGN_AGREEMENT);
    Assertions.assertThat(agreements.get((String) runtimeService.getVariable(signing.getId(), AVTALE_ID)).signert())
        .isFalse();
  }

  @Test
  void accessTaskIsRefusedWithoutAdministratorAndUserGroup() {
    ProcessInstance onboardingInstance = toSignAgreement("1108");
    signAgreement(onboardingInstance);
    configure(onboardingInstance);
    Task access = task(onboardingInstance);
    Assertions.assertThatThrownBy(() -> taskService.complete(access.getId(), Map.of(TILGANG_OPPRETTET, true)))
        .satisfies(OnboardingProcessTest::refusedByCompletionCheck)
        .hasMessageContaining("minst én tjenesteadministrator og minst én brukergruppe");
    assertThat(onboardingInstance).isWaitingAt(TASK_SET_UP_ACCESS);
  }

  @Test
  void aRejectionByDokumentlagerGoesToTheAdministratorAtOnceAndTheAgreementIsStoredAfterTheFix() {
    ProcessInstance onboardingInstance = toSignAgreement("1108");
    ProcessInstance signing = calledProcessInstance(AgreementSigningProcess.PROCESS_KEY, onboardingInstance);
    loginAsAdmin();
    taskService.complete(task(signing).getId(), Map.of(AgreementSigningProcess.GODTAR_VILKAAR, true));
    identityService.clearAuthentication();
    rejectNextCall("dokumentlager");

    execute(job(signing));

    assertThat(signing).hasPassed(AgreementSigningProcess.BOUNDARY_EVENT_STORE_REJECTED)
        .isWaitingAt(AgreementSigningProcess.TASK_RESOLVE_FIKS_REJECTION).task().hasCandidateGroup("1108-administratorer");
    Assertions.assertThat((String) runtimeService.getVariable(signing.getId(), AgreementSigningProcess.FIKS_FEILMELDING))
        .contains("Fiks avviste forespørselen (400");
    Assertions.assertThat(managementService.createJobQuery().processInstanceId(signing.getId()).count())
        .as("no job left to retry").isZero();
    Assertions.assertThat(runtimeService.createIncidentQuery().processInstanceId(signing.getId()).count()).isZero();

    complete(task(signing), withVariables(AgreementSigningProcess.FIKS_FEIL_RETTET, true));
    assertThat(signing).isWaitingAt(AgreementSigningProcess.TASK_STORE_AGREEMENT);
    execute(job(signing));
    execute(job(signing));
    assertThat(signing).isEnded().hasPassed(AgreementSigningProcess.END_EVENT_AGREEMENT_SIGNED);
    Agreement agreement = agreements.get((String) runtimeService.getVariable(onboardingInstance.getId(), AVTALE_ID));
    Assertions.assertThat(agreement.dokumentlagerId()).isNotBlank();
    Assertions.assertThat(agreement.svarUtForsendelseId()).isNotBlank();
    assertThat(onboardingInstance).hasPassed(EVENT_AGREEMENT_SIGNED);
    Assertions.assertThat(status("1108")).isEqualTo(OnboardingStatus.KONFIGURERES);
  }

  @Test
  void aRejectionBySvarUtGoesToTheAdministratorAtOnceAndTheCopyIsSentOnceAfterTheFix() {
    ProcessInstance onboardingInstance = toSignAgreement("4601");
    ProcessInstance signing = calledProcessInstance(AgreementSigningProcess.PROCESS_KEY, onboardingInstance);
    loginAsAdmin();
    taskService.complete(task(signing).getId(), Map.of(AgreementSigningProcess.GODTAR_VILKAAR, true));
    identityService.clearAuthentication();
    execute(job(signing));
    assertThat(signing).isWaitingAt(AgreementSigningProcess.TASK_SEND_AGREEMENT_COPY);
    rejectNextCall("svarut");

    execute(job(signing));

    assertThat(signing).hasPassed(AgreementSigningProcess.BOUNDARY_EVENT_SEND_REJECTED)
        .isWaitingAt(AgreementSigningProcess.TASK_RESOLVE_FIKS_REJECTION);
    Assertions.assertThat((String) runtimeService.getVariable(signing.getId(), AgreementSigningProcess.FIKS_FEILMELDING))
        .contains("Fiks avviste forespørselen (400");
    Assertions.assertThat(managementService.createJobQuery().processInstanceId(signing.getId()).count()).isZero();
    complete(task(signing), withVariables(AgreementSigningProcess.FIKS_FEIL_RETTET, true));
    execute(job(signing));
    execute(job(signing));

    assertThat(signing).isEnded().hasPassed(AgreementSigningProcess.END_EVENT_AGREEMENT_SIGNED);
    Agreement agreement = agreements.get((String) runtimeService.getVariable(onboardingInstance.getId(), AVTALE_ID));
    Assertions.assertThat(asAdmin().get("/fiks-simulator/api/svarut/forsendelser").json().findValuesAsText("eksternReferanse"))
        .as("sent once").containsOnlyOnce("tjenestebilag-" + agreement.id());
  }

  @Test
  void aSecondOnboardingWhileOneRunsIsAConflict() {
    start("5001");
    Assertions.assertThatThrownBy(() -> onboarding.start("5001")).isInstanceOf(ConflictException.class)
        .hasMessageContaining("pågår allerede");
  }

  @Test
  void aCancelledOnboardingIsMarkedAvbruttAndMayStartAgain() {
    ProcessInstance first = start("5001");
    runtimeService.deleteProcessInstance(first.getId(), "avbrutt i Cockpit");
    Assertions.assertThat(status("5001")).isEqualTo(OnboardingStatus.AVBRUTT);
    Assertions.assertThat(start("5001").getId()).isNotEqualTo(first.getId());
  }

  @Test
  void unknownOrMalformedKommunenummerStartsNothing() {
    Assertions.assertThatThrownBy(() -> onboarding.start("0000")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("0000");
    Assertions.assertThatThrownBy(() -> onboarding.start("03a1")).isInstanceOf(InvalidInputException.class);
    Assertions.assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("0000").count()).isZero();
  }

  @Test
  void startingThroughTheEngineIsCheckedToo() {
    Assertions.assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(PROCESS_KEY,
            Map.of(KOMMUNENUMMER, "9999")))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("9999");
  }

  /** The engine wraps a task listener's refusal (ENGINE-03051); the cause is our completion check. */
  private static void refusedByCompletionCheck(Throwable thrown) {
    Assertions.assertThat(thrown).hasRootCauseInstanceOf(BadUserRequestException.class);
  }

  // --- steps -------------------------------------------------------------------------------------

  private ProcessInstance start(String kommunenummer) {
    String id = onboarding.start(kommunenummer).prosessInstansId();
    return processInstanceQuery().processInstanceId(id).singleResult();
  }

  private OnboardingStatus status(String kommunenummer) {
    return registry.find(kommunenummer).orElseThrow().status();
  }

  private ProcessInstance toSignAgreement(String kommunenummer) {
    ProcessInstance onboardingInstance = start(kommunenummer);
    execute(job(onboardingInstance));
    complete(task(onboardingInstance), withVariables(SVARUT_KONTO_OPPRETTET, true));
    ProcessInstance signing = calledProcessInstance(AgreementSigningProcess.PROCESS_KEY, onboardingInstance);
    execute(job(signing));
    assertThat(signing).isWaitingAt(AgreementSigningProcess.TASK_SIGN_AGREEMENT).task().hasCandidateGroup(kommunenummer + "-administratorer");
    Assertions.assertThat(status(kommunenummer)).isEqualTo(OnboardingStatus.VENTER_PAA_SIGNERING);
    return onboardingInstance;
  }

  private void signAgreement(ProcessInstance onboardingInstance) {
    ProcessInstance signing = calledProcessInstance(AgreementSigningProcess.PROCESS_KEY, onboardingInstance);
    if (managementService.createJobQuery().processInstanceId(signing.getId()).messages().count() > 0) {
      execute(job(signing));
    }
    assertThat(signing).isWaitingAt(AgreementSigningProcess.TASK_SIGN_AGREEMENT);
    loginAsAdmin();
    taskService.complete(task(signing).getId(), Map.of(AgreementSigningProcess.GODTAR_VILKAAR, true));
    identityService.clearAuthentication();
    assertThat(signing).isWaitingAt(AgreementSigningProcess.TASK_STORE_AGREEMENT);
    execute(job(signing));
    assertThat(signing).isWaitingAt(AgreementSigningProcess.TASK_SEND_AGREEMENT_COPY);
    execute(job(signing));
    assertThat(signing).isEnded().hasPassed(AgreementSigningProcess.END_EVENT_AGREEMENT_SIGNED);
  }

  /** Drives the configuration engineer's process with valid answers. */
  private void configure(ProcessInstance onboardingInstance) {
    ProcessInstance configuration = calledProcessInstance(ConfigurationProcess.PROCESS_KEY, onboardingInstance);
    execute(job(configuration));
    assertThat(configuration).isWaitingAt(ConfigurationProcess.TASK_CONFIGURE_SERVICE);
    complete(task(configuration), withVariables(
        ConfigurationProcess.SVARUT_KONTO_ID, firstSvarUtAccount(configuration),
        ConfigurationProcess.POSTADRESSENAVN, "Postboks 1", ConfigurationProcess.POSTNUMMER, "0101", ConfigurationProcess.POSTSTED, "Oslo",
        ConfigurationProcess.TELEFON, "21800000", ConfigurationProcess.GODTAR_OPPRETTELSE, true));
    for (String step : List.of(ConfigurationProcess.TASK_CREATE_REGISTER_ROLE, ConfigurationProcess.TASK_CREATE_DOKUMENTLAGER_ACCOUNT, ConfigurationProcess.TASK_CREATE_MELDING_ACCOUNT)) {
      assertThat(configuration).isWaitingAt(step);
      execute(job(configuration));
    }
    assertThat(configuration).isWaitingAt(ConfigurationProcess.TASK_ENTER_SETTINGS);
    complete(task(configuration), withVariables(ConfigurationProcess.KONTAKTPERSONER, "drift@kommune.example.no",
        ConfigurationProcess.UTSENDING_BREV, "SENDE_BREV", ConfigurationProcess.SPRAAK, "BOKMAAL"));
    assertThat(configuration).isEnded();
  }

  private String firstSvarUtAccount(ProcessInstance configuration) {
    try {
      Object options = runtimeService.getVariable(configuration.getId(), ConfigurationProcess.SVARUT_KONTOER);
      return JSON.readTree(options.toString()).get(0).get("value").asText();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private void createAdministratorAndGroup(String kommunenummer) {
    Assertions.assertThat(asAdmin().postJson("/api/v1/kommuner/" + kommunenummer + "/administratorer",
        Map.of("brukernavn", "adm" + kommunenummer, "navn", "Ada Administrator", "passord", "Hemmelig-123"))
        .status()).isEqualTo(201);
    Assertions.assertThat(asAdmin().postJson("/api/v1/kommuner/" + kommunenummer + "/grupper",
        Map.of("gruppenavn", "Avdeling 1")).status()).isEqualTo(201);
  }

  /** The simulator answers the next call to the Fiks service 400 (its fault injection, docs/fiks.md). */
  private void rejectNextCall(String tjeneste) {
    Assertions.assertThat(asAdmin().postJson("/fiks-simulator/api/feil",
        Map.of("tjeneste", tjeneste, "type", "HTTP_400", "antall", 1)).status()).isEqualTo(201);
  }

  private void loginAsAdmin() {
    identityService.setAuthentication("admin", List.of("camunda-admin"));
  }
}
