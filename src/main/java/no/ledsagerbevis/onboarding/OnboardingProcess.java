package no.ledsagerbevis.onboarding;

/**
 * The contract of {@code ledsagerbevis-onboarding} with its BPMN and forms: the ids and names the code relies
 * on. Renaming any of them in Camunda Modeler breaks the code; {@code ProcessContractTest} checks them
 * against processes/ and forms/ (docs/process-owners.md). Business key: kommunenummer.
 */
public final class OnboardingProcess {

  public static final String PROCESS_KEY = "ledsagerbevis-onboarding";

  public static final String START_EVENT_ONBOARDING_REQUESTED = "StartEvent_OnboardingRequested";
  public static final String TASK_CHECK_PREREQUISITES = "Task_CheckPrerequisites";
  public static final String TASK_ACTIVATE_MISSING_SERVICES = "Task_ActivateMissingServices";
  public static final String TASK_CREATE_SVARUT_ACCOUNT = "Task_CreateSvarUtAccount";
  public static final String CALL_ACTIVITY_SIGN_AGREEMENT = "CallActivity_SignAgreement";
  public static final String CALL_ACTIVITY_COMPLETE_CONFIGURATION = "CallActivity_CompleteConfiguration";
  public static final String TASK_SET_UP_ACCESS = "Task_SetUpAccess";
  public static final String END_EVENT_SERVICE_ACTIVATED = "EndEvent_ServiceActivated";
  public static final String END_EVENT_AGREEMENT_EXPIRED = "EndEvent_AgreementExpired";

  public static final String FORM_START_ONBOARDING = "start-onboarding";
  public static final String FORM_ACTIVATE_MISSING_SERVICES = "activate-missing-services";
  public static final String FORM_CREATE_SVARUT_ACCOUNT = "create-svarut-account";
  public static final String FORM_SET_UP_ACCESS = "set-up-access";

  public static final String ERROR_AGREEMENT_EXPIRED = "AVTALE_UTLOPT";

  public static final String KOMMUNENUMMER = "kommunenummer";
  public static final String KOMMUNENAVN = "kommunenavn";
  public static final String FIKS_ORG_ID = "fiksOrgId";
  public static final String ORGANISASJONSNUMMER = "organisasjonsnummer";
  /** JSON list of the Fiks services that are not active; {@code []} when all are. Read by the gateway. */
  public static final String MANGLENDE_TJENESTER = "manglendeTjenester";
  public static final String MANGLENDE_TJENESTER_TEKST = "manglendeTjenesterTekst";
  public static final String TJENESTER_AKTIVERT = "tjenesterAktivert";
  public static final String SVARUT_KONTO_OPPRETTET = "svarUtKontoOpprettet";
  public static final String TILGANG_OPPRETTET = "tilgangOpprettet";
  /** Returned by the agreement-signing call activity. */
  public static final String AVTALE_ID = "avtaleId";

  private OnboardingProcess() {
  }
}
