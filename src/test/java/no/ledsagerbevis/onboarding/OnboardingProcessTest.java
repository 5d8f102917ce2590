package no.ledsagerbevis.onboarding;

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
import no.ledsagerbevis.errors.ConflictException;
import no.ledsagerbevis.errors.InvalidInputException;
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
        .processDefinitionKey(OnboardingService.PROCESS_KEY).list().stream().map(ProcessInstance::getId).toList();
    if (!running.isEmpty()) {
      runtimeService.deleteProcessInstances(running, "test cleanup", false, true);
    }
  }

  @Test
  void allServicesActiveLeadsToAnActiveService() throws Exception {
    ProcessInstance onboardingInstance = start("0301");
    assertThat(onboardingInstance).isWaitingAt("Task_CheckPrerequisites");
    Assertions.assertThat(onboardingInstance.getBusinessKey()).isEqualTo("0301");
    Assertions.assertThat(onboardingInstance.getTenantId()).isEqualTo("kommune0301");
    execute(job(onboardingInstance));
    assertThat(onboardingInstance).hasVariables("kommunenavn", "fiksOrgId", "organisasjonsnummer")
        .variables().containsEntry("manglendeTjenester", "[]");
    assertThat(onboardingInstance).isWaitingAt("Task_CreateSvarUtAccount").task()
        .hasCandidateGroup("0301-administratorer");
    complete(task(onboardingInstance), withVariables("svarUtKontoOpprettet", true));

    signAgreement(onboardingInstance);
    Assertions.assertThat(status("0301")).isEqualTo(OnboardingStatus.KONFIGURERES);
    Agreement agreement = agreements.get((String) runtimeService.getVariable(onboardingInstance.getId(), "avtaleId"));
    Assertions.assertThat(agreement.signatur().brukerId()).isEqualTo("admin");
    Assertions.assertThat(agreement.signatur().sha256AvUsignertDokument()).isEqualTo(agreement.sha256Usignert())
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(agreement.usignertPdf())));
    Assertions.assertThat(new String(agreement.signertPdf(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    Assertions.assertThat(agreement.dokumentlagerId()).isNotBlank();
    Assertions.assertThat(agreement.svarUtForsendelseId()).isNotBlank();
    String fiksOrgId = (String) runtimeService.getVariable(onboardingInstance.getId(), "fiksOrgId");
    Assertions.assertThat(agreements.store(agreement.id(), fiksOrgId)).as("a retried step stores once")
        .isEqualTo(agreement.dokumentlagerId());
    Assertions.assertThat(agreements.sendCopy(agreement.id(), fiksOrgId)).as("a retried step sends once")
        .isEqualTo(agreement.svarUtForsendelseId());

    configure(onboardingInstance);
    assertThat(onboardingInstance).isWaitingAt("Task_SetUpAccess");
    Assertions.assertThat(status("0301")).isEqualTo(OnboardingStatus.TILGANG);
    createAdministratorAndGroup("0301");
    complete(task(onboardingInstance), withVariables("tilgangOpprettet", true));

    assertThat(onboardingInstance).hasPassed("CallActivity_SignAgreement", "CallActivity_CompleteConfiguration")
        .isEnded().hasPassed("EndEvent_ServiceActivated");
    Municipality municipality = registry.find("0301").orElseThrow();
    Assertions.assertThat(municipality.status()).isEqualTo(OnboardingStatus.AKTIV);
    Assertions.assertThat(municipality.aktivert()).isNotNull();
  }

  @Test
  void aMissingServiceIsAskedForUntilItIsActivated() {
    ProcessInstance onboardingInstance = start("3905");
    execute(job(onboardingInstance));
    assertThat(onboardingInstance).isWaitingAt("Task_ActivateMissingServices")
        .variables().containsEntry("manglendeTjenester", "[\"DOKUMENTLAGER\"]")
        .containsEntry("manglendeTjenesterTekst", "Fiks dokumentlager");
    Assertions.assertThat(status("3905")).isEqualTo(OnboardingStatus.VENTER_PAA_TJENESTER);

    complete(task(onboardingInstance), withVariables("tjenesterAktivert", true));
    execute(job(onboardingInstance));
    assertThat(onboardingInstance).isWaitingAt("Task_ActivateMissingServices");
    String again = task(onboardingInstance).getId();
    Assertions.assertThatThrownBy(() -> taskService.complete(again))
        .as("the first round's tick does not count").satisfies(OnboardingProcessTest::refusedByCompletionCheck);

    Assertions.assertThat(asAdmin().postJson("/fiks-simulator/api/kommuner/3905/tjenester/DOKUMENTLAGER/aktiver", "{}")
        .status()).isBetween(200, 204);
    complete(task(onboardingInstance), withVariables("tjenesterAktivert", true));
    execute(job(onboardingInstance));
    assertThat(onboardingInstance).isWaitingAt("Task_CreateSvarUtAccount")
        .variables().containsEntry("manglendeTjenester", "[]");
    Assertions.assertThat(status("3905")).isEqualTo(OnboardingStatus.ONBOARDING);
  }

  @Test
  void anAgreementUnsignedAfterThirtyDaysStopsTheOnboarding() {
    ProcessInstance onboardingInstance = toSignAgreement("4601");
    ProcessInstance signing = calledProcessInstance("ledsagerbevis-agreement-signing", onboardingInstance);
    Task signTask = task(signing);
    Assertions.assertThat(Duration.between(Instant.now(), signTask.getDueDate().toInstant()).toDays()).isEqualTo(13);
    Job timer = managementService.createJobQuery().processInstanceId(signing.getId()).timers().singleResult();
    Assertions.assertThat(Duration.between(Instant.now(), timer.getDuedate().toInstant()).toDays()).isEqualTo(29);

    execute(timer);

    assertThat(signing).isEnded().hasPassed("EndEvent_AgreementExpired").hasNotPassed("Task_StoreAgreement");
    assertThat(onboardingInstance).isEnded().hasPassed("EndEvent_AgreementExpired")
        .hasNotPassed("CallActivity_CompleteConfiguration");
    Assertions.assertThat(status("4601")).isEqualTo(OnboardingStatus.AVTALE_UTLOPT);
    Assertions.assertThat(start("4601").getId()).as("an expired onboarding may start again")
        .isNotEqualTo(onboardingInstance.getId());
  }

  @Test
  void tasksCannotBeCompletedWithBadValues() {
    ProcessInstance onboardingInstance = start("5001");
    execute(job(onboardingInstance));
    Task svarUt = task(onboardingInstance);
    Assertions.assertThatThrownBy(() -> taskService.complete(svarUt.getId(), Map.of("svarUtKontoOpprettet", false)))
        .satisfies(OnboardingProcessTest::refusedByCompletionCheck).hasMessageContaining("SvarUt-konto");
    Assertions.assertThatThrownBy(() -> taskService.complete(svarUt.getId(), Map.of("svarUtKontoOpprettet", "true")))
        .satisfies(OnboardingProcessTest::refusedByCompletionCheck);
    Assertions.assertThatThrownBy(() -> taskService.complete(svarUt.getId()))
        .satisfies(OnboardingProcessTest::refusedByCompletionCheck);
    complete(svarUt, withVariables("svarUtKontoOpprettet", true));

    ProcessInstance signing = calledProcessInstance("ledsagerbevis-agreement-signing", onboardingInstance);
    execute(job(signing));
    Task sign = task(signing);
    loginAsAdmin();
    Assertions.assertThatThrownBy(() -> taskService.complete(sign.getId(), Map.of("godtarVilkaar", false)))
        .satisfies(OnboardingProcessTest::refusedByCompletionCheck).hasMessageContaining("godta vilkårene");
    identityService.clearAuthentication();
    Assertions.assertThatThrownBy(() -> taskService.complete(sign.getId(), Map.of("godtarVilkaar", true)))
        .as("nobody to record as signer").satisfies(OnboardingProcessTest::refusedByCompletionCheck)
        .hasMessageContaining("innlogget bruker");
    assertThat(signing).isWaitingAt("Task_SignAgreement");
    Assertions.assertThat(agreements.get((String) runtimeService.getVariable(signing.getId(), "avtaleId")).signert())
        .isFalse();
  }

  @Test
  void accessTaskIsRefusedWithoutAdministratorAndUserGroup() {
    ProcessInstance onboardingInstance = toSignAgreement("1108");
    signAgreement(onboardingInstance);
    configure(onboardingInstance);
    Task access = task(onboardingInstance);
    Assertions.assertThatThrownBy(() -> taskService.complete(access.getId(), Map.of("tilgangOpprettet", true)))
        .satisfies(OnboardingProcessTest::refusedByCompletionCheck)
        .hasMessageContaining("minst én tjenesteadministrator og minst én brukergruppe");
    assertThat(onboardingInstance).isWaitingAt("Task_SetUpAccess");
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
    Assertions.assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(OnboardingService.PROCESS_KEY,
            Map.of("kommunenummer", "9999")))
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
    complete(task(onboardingInstance), withVariables("svarUtKontoOpprettet", true));
    ProcessInstance signing = calledProcessInstance("ledsagerbevis-agreement-signing", onboardingInstance);
    execute(job(signing));
    assertThat(signing).isWaitingAt("Task_SignAgreement").task().hasCandidateGroup(kommunenummer + "-administratorer");
    Assertions.assertThat(status(kommunenummer)).isEqualTo(OnboardingStatus.VENTER_PAA_SIGNERING);
    return onboardingInstance;
  }

  private void signAgreement(ProcessInstance onboardingInstance) {
    ProcessInstance signing = calledProcessInstance("ledsagerbevis-agreement-signing", onboardingInstance);
    if (managementService.createJobQuery().processInstanceId(signing.getId()).messages().count() > 0) {
      execute(job(signing));
    }
    assertThat(signing).isWaitingAt("Task_SignAgreement");
    loginAsAdmin();
    taskService.complete(task(signing).getId(), Map.of("godtarVilkaar", true));
    identityService.clearAuthentication();
    assertThat(signing).isWaitingAt("Task_StoreAgreement");
    execute(job(signing));
    assertThat(signing).isWaitingAt("Task_SendAgreementCopy");
    execute(job(signing));
    assertThat(signing).isEnded().hasPassed("EndEvent_AgreementSigned");
  }

  /** Drives the configuration engineer's process with valid answers. */
  private void configure(ProcessInstance onboardingInstance) {
    ProcessInstance configuration = calledProcessInstance("ledsagerbevis-configuration", onboardingInstance);
    execute(job(configuration));
    assertThat(configuration).isWaitingAt("Task_ConfigureService");
    complete(task(configuration), withVariables(
        "svarUtKontoId", firstSvarUtAccount(configuration),
        "postadressenavn", "Postboks 1", "postnummer", "0101", "poststed", "Oslo",
        "telefon", "21800000", "godtarOpprettelse", true));
    for (String step : List.of("Task_CreateRegisterRole", "Task_CreateDokumentlagerAccount", "Task_CreateMeldingAccount")) {
      assertThat(configuration).isWaitingAt(step);
      execute(job(configuration));
    }
    assertThat(configuration).isWaitingAt("Task_EnterSettings");
    complete(task(configuration), withVariables("kontaktpersoner", "drift@kommune.example.no",
        "utsendingBrev", "SENDE_BREV", "spraak", "BOKMAAL"));
    assertThat(configuration).isEnded();
  }

  private String firstSvarUtAccount(ProcessInstance configuration) {
    try {
      Object options = runtimeService.getVariable(configuration.getId(), "svarUtKontoer");
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

  private void loginAsAdmin() {
    identityService.setAuthentication("admin", List.of("camunda-admin"));
  }
}
