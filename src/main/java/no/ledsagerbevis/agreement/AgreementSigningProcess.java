package no.ledsagerbevis.agreement;

import no.ledsagerbevis.fiksrejection.FiksRejection;

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
  public static final String END_EVENT_AGREEMENT_EXPIRED = "EndEvent_AgreementExpired";
  public static final String START_EVENT_SIGNING_REQUESTED = "StartEvent_SigningRequested";
  /** Joins the first store-and-send and the one after a rejection was fixed. */
  public static final String GATEWAY_STORE_AGREEMENT = "Gateway_StoreAgreement";
  public static final String BOUNDARY_EVENT_STORE_REJECTED = "BoundaryEvent_StoreRejected";
  public static final String BOUNDARY_EVENT_SEND_REJECTED = "BoundaryEvent_SendRejected";
  /** «Rett feilen Fiks meldte»: where a rejection by Fiks ({@link #ERROR_FIKS_REJECTED}) waits for a fix. */
  public static final String TASK_RESOLVE_FIKS_REJECTION = FiksRejection.TASK_RESOLVE;
  public static final String GATEWAY_FIKS_REJECTED = "Gateway_FiksRejected";

  public static final String FORM_SIGN_AGREEMENT = "sign-agreement";
  public static final String FORM_RESOLVE_FIKS_REJECTION = FiksRejection.FORM;

  public static final String ERROR_AGREEMENT_EXPIRED = "AVTALE_UTLOPT";
  public static final String ERROR_FIKS_REJECTED = FiksRejection.ERROR_CODE;

  public static final String KOMMUNENUMMER = "kommunenummer";
  public static final String KOMMUNENAVN = "kommunenavn";
  public static final String FIKS_ORG_ID = "fiksOrgId";
  public static final String ORGANISASJONSNUMMER = "organisasjonsnummer";
  public static final String AVTALE_ID = "avtaleId";
  public static final String GODTAR_VILKAAR = "godtarVilkaar";
  public static final String DOKUMENTLAGER_ID = "dokumentlagerId";
  public static final String SVARUT_FORSENDELSE_ID = "svarUtForsendelseId";
  public static final String FIKS_FEILMELDING = FiksRejection.FEILMELDING;
  public static final String FIKS_FEIL_RETTET = FiksRejection.FEIL_RETTET;

  private AgreementSigningProcess() {
  }
}
