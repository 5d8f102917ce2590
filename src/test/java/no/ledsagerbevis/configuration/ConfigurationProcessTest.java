package no.ledsagerbevis.configuration;

import static no.ledsagerbevis.configuration.ConfigurationProcess.BOUNDARY_EVENT_DOKUMENTLAGER_ACCOUNT_REJECTED;
import static no.ledsagerbevis.configuration.ConfigurationProcess.BOUNDARY_EVENT_MELDING_ACCOUNT_REJECTED;
import static no.ledsagerbevis.configuration.ConfigurationProcess.BOUNDARY_EVENT_NO_ACTIVE_SVARUT_ACCOUNT;
import static no.ledsagerbevis.configuration.ConfigurationProcess.BOUNDARY_EVENT_REGISTER_ROLE_REJECTED;
import static no.ledsagerbevis.configuration.ConfigurationProcess.DOKUMENTLAGER_KONTO_ID;
import static no.ledsagerbevis.configuration.ConfigurationProcess.END_EVENT_CONFIGURED;
import static no.ledsagerbevis.configuration.ConfigurationProcess.FIKS_FEILMELDING;
import static no.ledsagerbevis.configuration.ConfigurationProcess.FIKS_FEIL_RETTET;
import static no.ledsagerbevis.configuration.ConfigurationProcess.FIKS_ORG_ID;
import static no.ledsagerbevis.configuration.ConfigurationProcess.GODTAR_OPPRETTELSE;
import static no.ledsagerbevis.configuration.ConfigurationProcess.KOMMUNENAVN;
import static no.ledsagerbevis.configuration.ConfigurationProcess.KOMMUNENUMMER;
import static no.ledsagerbevis.configuration.ConfigurationProcess.KONFIGURERT_AV;
import static no.ledsagerbevis.configuration.ConfigurationProcess.KONTAKTPERSONER;
import static no.ledsagerbevis.configuration.ConfigurationProcess.ORGANISASJONSNUMMER;
import static no.ledsagerbevis.configuration.ConfigurationProcess.POSTADRESSENAVN;
import static no.ledsagerbevis.configuration.ConfigurationProcess.POSTNUMMER;
import static no.ledsagerbevis.configuration.ConfigurationProcess.POSTSTED;
import static no.ledsagerbevis.configuration.ConfigurationProcess.PROCESS_KEY;
import static no.ledsagerbevis.configuration.ConfigurationProcess.REGISTER_ROLLE_ID;
import static no.ledsagerbevis.configuration.ConfigurationProcess.SPRAAK;
import static no.ledsagerbevis.configuration.ConfigurationProcess.SVARUT_KONTOER;
import static no.ledsagerbevis.configuration.ConfigurationProcess.SVARUT_KONTO_AKTIVERT;
import static no.ledsagerbevis.configuration.ConfigurationProcess.SVARUT_KONTO_ID;
import static no.ledsagerbevis.configuration.ConfigurationProcess.TASK_ACTIVATE_SVARUT_ACCOUNT;
import static no.ledsagerbevis.configuration.ConfigurationProcess.TASK_CONFIGURE_SERVICE;
import static no.ledsagerbevis.configuration.ConfigurationProcess.TASK_CREATE_DOKUMENTLAGER_ACCOUNT;
import static no.ledsagerbevis.configuration.ConfigurationProcess.TASK_CREATE_MELDING_ACCOUNT;
import static no.ledsagerbevis.configuration.ConfigurationProcess.TASK_CREATE_REGISTER_ROLE;
import static no.ledsagerbevis.configuration.ConfigurationProcess.TASK_ENTER_SETTINGS;
import static no.ledsagerbevis.configuration.ConfigurationProcess.TASK_LOAD_SVARUT_ACCOUNTS;
import static no.ledsagerbevis.configuration.ConfigurationProcess.TASK_RECORD_FIRST_SETUP;
import static no.ledsagerbevis.configuration.ConfigurationProcess.TASK_RECORD_SETTINGS;
import static no.ledsagerbevis.configuration.ConfigurationProcess.TASK_RESOLVE_FIKS_REJECTION;
import static no.ledsagerbevis.configuration.ConfigurationProcess.TELEFON;
import static no.ledsagerbevis.configuration.ConfigurationProcess.UTSENDING_BREV;
import static no.ledsagerbevis.configuration.ConfigurationProcess.VARSLING_KONTO_ID;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import no.ledsagerbevis.fiks.FiksClientException;
import no.ledsagerbevis.fiks.forvaltning.ForvaltningClient;
import no.ledsagerbevis.fiks.forvaltning.Ressurs;
import no.ledsagerbevis.fiks.forvaltning.RessursStatus;
import no.ledsagerbevis.fiks.forvaltning.SvarUtKonto;
import no.ledsagerbevis.support.H2AppTest;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Every path through {@code ledsagerbevis-configuration} on the real BPMN with the app's delegates,
 * listeners and tables. Fiks forvaltning is a Mockito double here so that each test decides which
 * accounts exist; the *IT runs the same flow against the bundled simulator.
 */
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class ConfigurationProcessTest extends H2AppTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @MockitoBean
  ForvaltningClient forvaltning;

  @Autowired
  ProcessEngine processEngine;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  ManagementService managementService;

  @Autowired
  IdentityService identityService;

  @Autowired
  MunicipalitySettingsService settings;

  @Autowired
  JdbcTemplate jdbc;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    // The instance's Fiks organisation comes from Fiks forvaltning (or our settings), never from its variables.
    when(forvaltning.hentOrganisasjon(anyString())).thenAnswer(call -> new no.ledsagerbevis.fiks.forvaltning.Organisasjon(
        "org-" + call.getArgument(0), "9" + call.getArgument(0) + "0000", "Kommune " + call.getArgument(0),
        call.getArgument(0)));
    when(forvaltning.svarUtKontoer(anyString())).thenAnswer(call -> List.of(
        new SvarUtKonto("konto-ledsagerbevis-" + call.getArgument(0), "Digitalt ledsagerbevis", true),
        new SvarUtKonto("konto-gammel-" + call.getArgument(0), "Gammel konto", false),
        new SvarUtKonto("konto-post-" + call.getArgument(0), "Postmottak", true)));
    when(forvaltning.opprettEllerHentRegisterRolle(anyString()))
        .thenReturn(created("rolle-1"), existing("rolle-1"));
    when(forvaltning.opprettEllerHentDokumentlagerKonto(anyString()))
        .thenReturn(created("dokumentlager-1"), existing("dokumentlager-1"));
    when(forvaltning.opprettEllerHentVarslingKonto(anyString()))
        .thenReturn(created("varsling-1"), existing("varsling-1"));
  }

  @AfterEach
  void logOut() {
    identityService.clearAuthentication();
  }

  /** Completes the instance's task as the administrator "ada", as Tasklist would (authenticated). */
  private void completeAsAda(ProcessInstance instance, Map<String, Object> variables) {
    org.camunda.bpm.engine.task.Task current = task(instance);
    // camunda-admin: the engine's authorization checks are not the subject here; the user id is.
    identityService.setAuthentication("ada", List.of("camunda-admin"));
    try {
      complete(current, variables);
    } finally {
      identityService.clearAuthentication();
    }
  }

  @Test
  void theWholeConfigurationIsSavedAndTheResourcesAreRecorded() {
    ProcessInstance instance = start("0301");
    Assertions.assertThat(instance.getTenantId()).isEqualTo("kommune0301");
    assertThat(instance).isWaitingAt(TASK_LOAD_SVARUT_ACCOUNTS);
    execute(job(instance));

    assertThat(instance).isWaitingAt(TASK_CONFIGURE_SERVICE).task().hasCandidateGroup("0301-administratorer");
    Assertions.assertThat(offeredAccounts(instance))
        .as("only active accounts, as {label, value} for the form's select")
        .containsExactly("konto-ledsagerbevis-org-0301", "konto-post-org-0301");
    Assertions.assertThat(variableType(instance, SVARUT_KONTOER)).isEqualTo("json");
    completeAsAda(instance, firstSetup("konto-ledsagerbevis-org-0301"));
    Assertions.assertThat(settings.find("0301")).get()
        .extracting(MunicipalitySettings::svarUtKontoId, MunicipalitySettings::telefon, MunicipalitySettings::postAdresse)
        .containsExactly("konto-ledsagerbevis-org-0301", "21800000", new PostAdresse("Postboks 1", "0101", "Oslo"));

    runCreationTasks(instance);
    assertThat(instance).isWaitingAt(TASK_ENTER_SETTINGS).task().hasCandidateGroup("0301-administratorer");
    assertThat(instance).variables().containsEntry(REGISTER_ROLLE_ID, "rolle-1")
        .containsEntry(DOKUMENTLAGER_KONTO_ID, "dokumentlager-1").containsEntry(VARSLING_KONTO_ID, "varsling-1")
        .containsEntry(KONFIGURERT_AV, "ada");
    completeAsAda(instance, withVariables(KONTAKTPERSONER, " Drift@Kommune.example.no \n\nIT-sjef@kommune.example.no\n",
        UTSENDING_BREV, "IKKE_SENDE_BREV", SPRAAK, "NYNORSK"));

    assertThat(instance).isEnded().hasPassed(TASK_RECORD_FIRST_SETUP, TASK_RECORD_SETTINGS, END_EVENT_CONFIGURED);
    MunicipalitySettings saved = settings.get("0301");
    Assertions.assertThat(saved.kontaktpersoner())
        .containsExactly("drift@kommune.example.no", "it-sjef@kommune.example.no");
    Assertions.assertThat(saved.utsendingBrev()).isEqualTo(UtsendingBrev.IKKE_SENDE_BREV);
    Assertions.assertThat(saved.spraak()).isEqualTo(Spraak.NYNORSK);
    Assertions.assertThat(List.of(saved.registerRolleId(), saved.dokumentlagerKontoId(), saved.varslingKontoId()))
        .containsExactly("rolle-1", "dokumentlager-1", "varsling-1");
    Assertions.assertThat(settings.resourceStatuses("0301")).isEqualTo(new ResourceStatuses(ResourceStatus.OPPRETTET,
        ResourceStatus.OPPRETTET, ResourceStatus.OPPRETTET, ResourceStatus.OPPRETTET));
    Assertions.assertThat(auditedFields("0301")).containsEntry(SVARUT_KONTO_ID, "ada")
        .containsEntry(TELEFON, "ada").containsEntry(REGISTER_ROLLE_ID, "ada")
        .containsEntry(KONTAKTPERSONER, "ada").containsEntry(UTSENDING_BREV, "ada");
  }

  @Test
  void theMunicipalityIsTheInstancesTenantWhatEverTheCompletionSays() {
    ProcessInstance instance = start("0301");
    execute(job(instance));
    Map<String, Object> pointedAtBergen = new java.util.HashMap<>(firstSetup("konto-ledsagerbevis-org-0301"));
    pointedAtBergen.put(KOMMUNENUMMER, "4601");
    pointedAtBergen.put(FIKS_ORG_ID, "org-4601");

    // Through REST such fields are refused (HostileAdministratorIT); here the engine takes them and nothing reads them.
    completeAsAda(instance, pointedAtBergen);

    assertThat(instance).hasPassed(TASK_RECORD_FIRST_SETUP);
    Assertions.assertThat(settings.find("4601")).isEmpty();
    Assertions.assertThat(jdbc.queryForObject("SELECT fiks_org_id FROM cfg_settings WHERE kommunenummer = '0301'",
        String.class)).isEqualTo("org-0301");
  }

  @Test
  void aSecondRunReusesTheExistingRoleAndAccountsAndKeepsTheSettings() {
    configureCompletely("4601");
    ProcessInstance again = start("4601");
    execute(job(again));
    assertThat(again).as("the forms start from the current settings").variables()
        .containsEntry(SVARUT_KONTO_ID, "konto-ledsagerbevis-org-4601").containsEntry(POSTNUMMER, "0101")
        .containsEntry(TELEFON, "21800000").containsEntry(UTSENDING_BREV, "SENDE_BREV")
        .as("contact persons' e-mail addresses live in our table only").doesNotContainKey(KONTAKTPERSONER);
    completeAsAda(again, firstSetup("konto-post-org-4601"));
    runCreationTasks(again);
    assertThat(again).isWaitingAt(TASK_ENTER_SETTINGS).variables()
        .containsEntry(REGISTER_ROLLE_ID, "rolle-1").containsEntry(VARSLING_KONTO_ID, "varsling-1");
    verify(forvaltning, times(2)).opprettEllerHentRegisterRolle("org-4601");
    Assertions.assertThat(jdbc.queryForList(
        "SELECT created_new FROM cfg_fiks_resource WHERE kommunenummer = '4601'", Boolean.class))
        .as("recorded as reused on the second run").containsOnly(false).hasSize(3);
    Assertions.assertThat(settings.get("4601").kontaktpersoner()).as("kept from the first run")
        .containsExactly("drift@kommune.example.no");
    Assertions.assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cfg_settings_change WHERE kommunenummer = '4601'"
        + " AND field = 'registerRolleId'", Integer.class)).as("the same id is no change").isEqualTo(1);
    Assertions.assertThat(jdbc.queryForObject("SELECT old_value || ' -> ' || new_value FROM cfg_settings_change"
        + " WHERE kommunenummer = '4601' AND field = 'svarUtKontoId' AND old_value IS NOT NULL", String.class))
        .isEqualTo("konto-ledsagerbevis-org-4601 -> konto-post-org-4601");
  }

  @Test
  void theFirstSetupRejectsBadValuesInNorwegianAndSavesNothing() {
    ProcessInstance instance = start("5001");
    execute(job(instance));
    Map<String, Object> bad = withVariables(SVARUT_KONTO_ID, "konto-gammel-org-5001",
        POSTADRESSENAVN, " ", POSTNUMMER, "101", POSTSTED, "Trondheim",
        TELEFON, "7354", GODTAR_OPPRETTELSE, false);

    Assertions.assertThatThrownBy(() -> completeAsAda(instance, bad))
        .isInstanceOf(ProcessEngineException.class).hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("Den valgte SvarUt-kontoen finnes ikke eller er ikke aktiv")
        .hasMessageContaining("Postadresse må fylles ut.")
        .hasMessageContaining("Postnummer må bestå av nøyaktig 4 siffer.")
        .hasMessageContaining("Telefonnummer må bestå av nøyaktig 8 siffer.")
        .hasMessageContaining("Du må godta at det opprettes en registerrolle");
    assertThat(instance).isWaitingAt(TASK_CONFIGURE_SERVICE);
    Assertions.assertThat(settings.find("5001")).isEmpty();
    Assertions.assertThat(auditedFields("5001")).isEmpty();

    completeAsAda(instance, firstSetup("konto-post-org-5001"));
    assertThat(instance).isWaitingAt(TASK_CREATE_REGISTER_ROLE);
  }

  @Test
  void theSettingsRejectBadContactPersonsAndChoices() {
    ProcessInstance instance = start("1108");
    execute(job(instance));
    completeAsAda(instance, firstSetup("konto-ledsagerbevis-org-1108"));
    runCreationTasks(instance);
    String tooMany = IntStream.rangeClosed(1, 21).mapToObj(i -> "person" + i + "@sandnes.kommune.no")
        .collect(Collectors.joining("\n"));

    Assertions.assertThatThrownBy(() -> completeAsAda(instance, withVariables(KONTAKTPERSONER, tooMany,
            UTSENDING_BREV, "SENDE_BREV", SPRAAK, "BOKMAAL")))
        .isInstanceOf(ProcessEngineException.class).hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("Oppgi høyst 20 kontaktpersoner");
    Assertions.assertThatThrownBy(() -> completeAsAda(instance, withVariables(
            KONTAKTPERSONER, "a@sandnes.kommune.no\nikke-en-adresse\nA@sandnes.kommune.no",
            UTSENDING_BREV, "KANSKJE", SPRAAK, "")))
        .isInstanceOf(ProcessEngineException.class).hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("Kontaktperson nr. 2: e-postadressen er ikke gyldig")
        .hasMessageContaining("Kontaktperson nr. 3: e-postadressen er oppgitt mer enn én gang.")
        .hasMessageContaining("Utsending av vedtaksbrev må være SENDE_BREV eller IKKE_SENDE_BREV.")
        .hasMessageContaining("Målform må velges");
    assertThat(instance).isWaitingAt(TASK_ENTER_SETTINGS);
    Assertions.assertThat(settings.get("1108").kontaktpersoner()).isEmpty();

    completeAsAda(instance, withVariables(KONTAKTPERSONER, "a@sandnes.kommune.no", UTSENDING_BREV, "SENDE_BREV",
        SPRAAK, "BOKMAAL"));
    assertThat(instance).isEnded();
  }

  @Test
  void withoutAnActiveSvarUtAccountTheAdministratorIsAskedToCreateOne() {
    when(forvaltning.svarUtKontoer("org-3905")).thenReturn(
        List.of(new SvarUtKonto("konto-gammel", "Gammel konto", false)),
        List.of(new SvarUtKonto("konto-ny", "Digitalt ledsagerbevis", true)));
    ProcessInstance instance = start("3905");
    execute(job(instance));

    assertThat(instance).hasPassed(BOUNDARY_EVENT_NO_ACTIVE_SVARUT_ACCOUNT).isWaitingAt(TASK_ACTIVATE_SVARUT_ACCOUNT)
        .task().hasCandidateGroup("3905-administratorer");
    Assertions.assertThatThrownBy(() -> completeAsAda(instance, withVariables(SVARUT_KONTO_AKTIVERT, false)))
        .isInstanceOf(ProcessEngineException.class).hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("Bekreft at kommunen har en aktiv SvarUt-konto");
    completeAsAda(instance, withVariables(SVARUT_KONTO_AKTIVERT, true));

    assertThat(instance).isWaitingAt(TASK_LOAD_SVARUT_ACCOUNTS);
    execute(job(instance));
    assertThat(instance).isWaitingAt(TASK_CONFIGURE_SERVICE);
    Assertions.assertThat(offeredAccounts(instance)).containsExactly("konto-ny");
  }

  /** Each creation task's {@code FIKS_AVVIST} boundary event: at once to the administrator, then all three again. */
  @ParameterizedTest
  @EnumSource(FiksResourceType.class)
  void aRejectionByFiksGoesToTheAdministratorAtOnceAndTheResourcesAreCreatedAgainAfterTheFix(FiksResourceType type) {
    List<String> steps = List.of(TASK_CREATE_REGISTER_ROLE, TASK_CREATE_DOKUMENTLAGER_ACCOUNT, TASK_CREATE_MELDING_ACCOUNT);
    List<String> boundaryEvents = List.of(BOUNDARY_EVENT_REGISTER_ROLE_REJECTED,
        BOUNDARY_EVENT_DOKUMENTLAGER_ACCOUNT_REJECTED, BOUNDARY_EVENT_MELDING_ACCOUNT_REJECTED);
    String kommunenummer = List.of("1103", "1106", "1119").get(type.ordinal());
    String fiksOrgId = "org-" + kommunenummer;
    FiksClientException rejected = new FiksClientException(403, "INGEN_TILGANG",
        "Opprett i Fiks forvaltning: Fiks avviste forespørselen (403 INGEN_TILGANG)");
    Ressurs createdAfterTheFix = created(type.felt() + "-" + kommunenummer);
    switch (type) {
      case REGISTER_ROLLE -> when(forvaltning.opprettEllerHentRegisterRolle(fiksOrgId))
          .thenThrow(rejected).thenReturn(createdAfterTheFix);
      case DOKUMENTLAGER_KONTO -> when(forvaltning.opprettEllerHentDokumentlagerKonto(fiksOrgId))
          .thenThrow(rejected).thenReturn(createdAfterTheFix);
      case VARSLING_KONTO -> when(forvaltning.opprettEllerHentVarslingKonto(fiksOrgId))
          .thenThrow(rejected).thenReturn(createdAfterTheFix);
    }
    ProcessInstance instance = start(kommunenummer);
    execute(job(instance));
    completeAsAda(instance, firstSetup("konto-ledsagerbevis-" + fiksOrgId));
    for (String step : steps.subList(0, type.ordinal() + 1)) {
      assertThat(instance).isWaitingAt(step);
      execute(job(instance));
    }

    assertThat(instance).hasPassed(boundaryEvents.get(type.ordinal()))
        .isWaitingAt(TASK_RESOLVE_FIKS_REJECTION).task().hasCandidateGroup(kommunenummer + "-administratorer");
    Assertions.assertThat((String) runtimeService.getVariable(instance.getId(), FIKS_FEILMELDING))
        .contains("Fiks avviste forespørselen (403 INGEN_TILGANG)");
    Assertions.assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).count())
        .as("no job left to retry").isZero();
    Assertions.assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    Assertions.assertThatThrownBy(() -> completeAsAda(instance, withVariables(FIKS_FEIL_RETTET, false)))
        .isInstanceOf(ProcessEngineException.class).hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("kryss av for at den er rettet");

    completeAsAda(instance, withVariables(FIKS_FEIL_RETTET, true));

    assertThat(instance).isWaitingAt(TASK_CREATE_REGISTER_ROLE);
    runCreationTasks(instance);
    assertThat(instance).isWaitingAt(TASK_ENTER_SETTINGS).variables()
        .containsEntry(type.felt(), createdAfterTheFix.id());
  }

  private void configureCompletely(String kommunenummer) {
    ProcessInstance instance = start(kommunenummer);
    execute(job(instance));
    completeAsAda(instance, firstSetup("konto-ledsagerbevis-org-" + kommunenummer));
    runCreationTasks(instance);
    completeAsAda(instance, withVariables(KONTAKTPERSONER, "drift@kommune.example.no", UTSENDING_BREV, "SENDE_BREV",
        SPRAAK, "BOKMAAL"));
    assertThat(instance).isEnded();
  }

  private ProcessInstance start(String kommunenummer) {
    return runtimeService.startProcessInstanceByKey(PROCESS_KEY, withVariables(
        KOMMUNENUMMER, kommunenummer, KOMMUNENAVN, "Kommune " + kommunenummer,
        FIKS_ORG_ID, "org-" + kommunenummer, ORGANISASJONSNUMMER, "9" + kommunenummer + "0000"));
  }

  private static Map<String, Object> firstSetup(String kontoId) {
    return withVariables(SVARUT_KONTO_ID, kontoId, POSTADRESSENAVN, "Postboks 1", POSTNUMMER, "0101",
        POSTSTED, "Oslo", TELEFON, "218 000 00", GODTAR_OPPRETTELSE, true);
  }

  private static void runCreationTasks(ProcessInstance instance) {
    for (String step : List.of(TASK_CREATE_REGISTER_ROLE, TASK_CREATE_DOKUMENTLAGER_ACCOUNT,
        TASK_CREATE_MELDING_ACCOUNT)) {
      assertThat(instance).isWaitingAt(step);
      execute(job(instance));
    }
  }

  private List<String> offeredAccounts(ProcessInstance instance) {
    try {
      JsonNode options = JSON.readTree(runtimeService.getVariable(instance.getId(), SVARUT_KONTOER).toString());
      options.forEach(option -> Assertions.assertThat(option.get("label").asText()).isNotBlank());
      return options.findValuesAsText("value");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private String variableType(ProcessInstance instance, String name) {
    TypedValue value = runtimeService.getVariableTyped(instance.getId(), name, false);
    return value.getType().getName();
  }

  private Map<String, String> auditedFields(String kommunenummer) {
    return jdbc.queryForList("SELECT field, changed_by FROM cfg_settings_change WHERE kommunenummer = ?",
            kommunenummer).stream()
        .collect(Collectors.toMap(row -> (String) row.get("FIELD"), row -> (String) row.get("CHANGED_BY"),
            (a, b) -> a));
  }

  private static Ressurs created(String id) {
    return new Ressurs(id, RessursStatus.OPPRETTET, true);
  }

  private static Ressurs existing(String id) {
    return new Ressurs(id, RessursStatus.OPPRETTET, false);
  }
}
