package no.ledsagerbevis.configuration;

import no.ledsagerbevis.fiksrejection.FiksRejection;

/**
 * The contract of {@code ledsagerbevis-configuration} with its BPMN and forms (see
 * {@code onboarding.OnboardingProcess}); checked by {@code ProcessContractTest}. Business key: kommunenummer,
 * passed on by the onboarding's call activity.
 */
public final class ConfigurationProcess {

  public static final String PROCESS_KEY = "ledsagerbevis-configuration";

  public static final String TASK_LOAD_SVARUT_ACCOUNTS = "Task_LoadSvarUtAccounts";
  public static final String TASK_ACTIVATE_SVARUT_ACCOUNT = "Task_ActivateSvarUtAccount";
  public static final String TASK_CONFIGURE_SERVICE = "Task_ConfigureService";
  public static final String TASK_RECORD_FIRST_SETUP = "Task_RecordFirstSetup";
  public static final String TASK_CREATE_REGISTER_ROLE = "Task_CreateRegisterRole";
  public static final String TASK_CREATE_DOKUMENTLAGER_ACCOUNT = "Task_CreateDokumentlagerAccount";
  public static final String TASK_CREATE_MELDING_ACCOUNT = "Task_CreateMeldingAccount";
  public static final String TASK_ENTER_SETTINGS = "Task_EnterSettings";
  public static final String TASK_RECORD_SETTINGS = "Task_RecordSettings";
  public static final String END_EVENT_CONFIGURED = "EndEvent_Configured";
  public static final String START_EVENT_CONFIGURATION_STARTED = "StartEvent_ConfigurationStarted";
  public static final String GATEWAY_LOAD_ACCOUNTS = "Gateway_LoadAccounts";
  public static final String BOUNDARY_EVENT_NO_ACTIVE_SVARUT_ACCOUNT = "BoundaryEvent_NoActiveSvarUtAccount";
  /** Joins the first run of the resource tasks and the run after a rejection was fixed. */
  public static final String GATEWAY_CREATE_RESOURCES = "Gateway_CreateResources";
  public static final String BOUNDARY_EVENT_REGISTER_ROLE_REJECTED = "BoundaryEvent_RegisterRoleRejected";
  public static final String BOUNDARY_EVENT_DOKUMENTLAGER_ACCOUNT_REJECTED = "BoundaryEvent_DokumentlagerAccountRejected";
  public static final String BOUNDARY_EVENT_MELDING_ACCOUNT_REJECTED = "BoundaryEvent_MeldingAccountRejected";
  /** «Rett feilen Fiks meldte»: where a rejection by Fiks ({@link #ERROR_FIKS_REJECTED}) waits for a fix. */
  public static final String TASK_RESOLVE_FIKS_REJECTION = FiksRejection.TASK_RESOLVE;
  public static final String GATEWAY_FIKS_REJECTED = "Gateway_FiksRejected";

  public static final String FORM_ACTIVATE_SVARUT_ACCOUNT = "activate-svarut-account";
  public static final String FORM_CONFIGURE_SERVICE = "configure-service";
  public static final String FORM_ENTER_SETTINGS = "enter-settings";
  public static final String FORM_RESOLVE_FIKS_REJECTION = FiksRejection.FORM;

  public static final String ERROR_NO_ACTIVE_SVARUT_ACCOUNT = "INGEN_AKTIV_SVARUT_KONTO";
  public static final String ERROR_FIKS_REJECTED = FiksRejection.ERROR_CODE;

  public static final String KOMMUNENUMMER = "kommunenummer";
  public static final String KOMMUNENAVN = "kommunenavn";
  public static final String FIKS_ORG_ID = "fiksOrgId";
  public static final String ORGANISASJONSNUMMER = "organisasjonsnummer";
  /** JSON options of the SvarUt-account select in «Første gangs oppsett». */
  public static final String SVARUT_KONTOER = "svarUtKontoer";
  public static final String SVARUT_KONTO_ID = "svarUtKontoId";
  public static final String POSTADRESSENAVN = "postadressenavn";
  public static final String POSTNUMMER = "postnummer";
  public static final String POSTSTED = "poststed";
  public static final String TELEFON = "telefon";
  public static final String GODTAR_OPPRETTELSE = "godtarOpprettelse";
  public static final String SVARUT_KONTO_AKTIVERT = "svarUtKontoAktivert";
  public static final String KONTAKTPERSONER = "kontaktpersoner";
  public static final String UTSENDING_BREV = "utsendingBrev";
  public static final String SPRAAK = "spraak";
  /** Who completed «Første gangs oppsett»; the resource tasks record it. */
  public static final String KONFIGURERT_AV = "konfigurertAv";
  public static final String REGISTER_ROLLE_ID = "registerRolleId";
  public static final String DOKUMENTLAGER_KONTO_ID = "dokumentlagerKontoId";
  public static final String VARSLING_KONTO_ID = "varslingKontoId";
  public static final String FIKS_FEILMELDING = FiksRejection.FEILMELDING;
  public static final String FIKS_FEIL_RETTET = FiksRejection.FEIL_RETTET;

  private ConfigurationProcess() {
  }
}
