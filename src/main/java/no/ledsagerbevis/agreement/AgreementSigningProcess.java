package no.ledsagerbevis.agreement;

/**
 * The contract of {@code ledsagerbevis-agreement-signing} with its BPMN and form (see
 * {@code onboarding.OnboardingProcess}); checked by {@code ProcessContractTest}. Business key: kommunenummer,
 * passed on by the onboarding's call activity.
 */
public final class AgreementSigningProcess {

  public static final String PROCESS_KEY = "ledsagerbevis-agreement-signing";

  public static final String TASK_GENERATE_AGREEMENT = "Task_GenerateAgreement";
  public static final String TASK_SIGN_AGREEMENT = "Task_SignAgreement";
  public static final String TASK_RECORD_SIGNATURE = "Task_RecordSignature";
  public static final String BOUNDARY_EVENT_SIGNING_DEADLINE_PASSED = "BoundaryEvent_SigningDeadlinePassed";
  public static final String TASK_STORE_AGREEMENT = "Task_StoreAgreement";
  /** Sends through SvarUt: suspend its job definition while SvarUt is down (docs/operations.md). */
  public static final String TASK_SEND_AGREEMENT_COPY = "Task_SendAgreementCopy";
  public static final String END_EVENT_AGREEMENT_SIGNED = "EndEvent_AgreementSigned";

  public static final String FORM_SIGN_AGREEMENT = "sign-agreement";

  public static final String ERROR_AGREEMENT_EXPIRED = "AVTALE_UTLOPT";

  public static final String KOMMUNENUMMER = "kommunenummer";
  public static final String KOMMUNENAVN = "kommunenavn";
  public static final String FIKS_ORG_ID = "fiksOrgId";
  public static final String ORGANISASJONSNUMMER = "organisasjonsnummer";
  public static final String AVTALE_ID = "avtaleId";
  public static final String GODTAR_VILKAAR = "godtarVilkaar";
  public static final String DOKUMENTLAGER_ID = "dokumentlagerId";
  public static final String SVARUT_FORSENDELSE_ID = "svarUtForsendelseId";

  private AgreementSigningProcess() {
  }
}
