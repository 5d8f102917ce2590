package no.ledsagerbevis.onboarding;

/**
 * The contract of {@code ledsagerbevis-onboarding} with its BPMN and forms: the ids and names the code relies
 * on. Renaming any of them in Camunda Modeler breaks the code; {@code ProcessContractTest} checks them
 * against processes/ and forms/ (docs/process-owners.md). Business key: kommunenummer.
 */
public final class OnboardingProcess {

  public static final String PROCESS_KEY = "ledsagerbevis-onboarding";

  public static final String START_EVENT_ONBOARDING_REQUESTED = "StartEvent_OnboardingRequested";
  public static final String GATEWAY_JOIN_PREREQUISITES = "Gateway_JoinPrerequisites";
  public static final String TASK_CHECK_PREREQUISITES = "Task_CheckPrerequisites";
  public static final String TASK_ACTIVATE_MISSING_SERVICES = "Task_ActivateMissingServices";
  public static final String TASK_CREATE_SVARUT_ACCOUNT = "Task_CreateSvarUtAccount";
  public static final String CALL_ACTIVITY_SIGN_AGREEMENT = "CallActivity_SignAgreement";
  public static final String CALL_ACTIVITY_COMPLETE_CONFIGURATION = "CallActivity_CompleteConfiguration";
  public static final String TASK_SET_UP_ACCESS = "Task_SetUpAccess";
  /** Milestone events: each moves the municipality's status (see {@link OnboardingMilestone}). */
  public static final String EVENT_SERVICES_MISSING = "Event_ServicesMissing";
  public static final String EVENT_SERVICES_ACTIVE = "Event_ServicesActive";
  public static final String EVENT_READY_FOR_SIGNING = "Event_ReadyForSigning";
  public static final String EVENT_AGREEMENT_SIGNED = "Event_AgreementSigned";
  public static final String EVENT_CONFIGURED = "Event_Configured";
  public static final String BOUNDARY_EVENT_AGREEMENT_EXPIRED = "BoundaryEvent_AgreementExpired";
  public static final String GATEWAY_SERVICES_ACTIVE = "Gateway_ServicesActive";
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
  /** True when a Fiks service the service needs is not active; read by {@code Gateway_ServicesActive}. */
  public static final String TJENESTER_MANGLER = "tjenesterMangler";
  /** The missing services for people («Fiks dokumentlager»), shown in «Aktiver manglende Fiks-tjenester». */
  public static final String MANGLENDE_TJENESTER_TEKST = "manglendeTjenesterTekst";
  public static final String TJENESTER_AKTIVERT = "tjenesterAktivert";
  public static final String SVARUT_KONTO_OPPRETTET = "svarUtKontoOpprettet";
  public static final String TILGANG_OPPRETTET = "tilgangOpprettet";
  /** Returned by the agreement-signing call activity. */
  public static final String AVTALE_ID = "avtaleId";

  private OnboardingProcess() {
  }
}
