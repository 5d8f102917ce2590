package no.ledsagerbevis.caseletter;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The contract of {@code ledsagerbevis-decision-letter} with its BPMN and forms: the process key,
 * the element ids, form ids and variable names the code relies on; {@code ProcessContractTest} checks them
 * against processes/ and forms/ (docs/process-owners.md). Variables carry ids and decisions only, never
 * personal data. Business key: saksId.
 */
public final class ProcessVariables {

  public static final String PROCESS_KEY = "ledsagerbevis-decision-letter";
  public static final String SAKS_ID = "saksId";
  public static final String KOMMUNENUMMER = "kommunenummer";
  public static final String GRUPPE_ID = "gruppeId";
  public static final String VEDTAK = "vedtak";
  public static final String BEGRUNNELSE = "begrunnelse";
  public static final String ANTALL_LEDSAGERE = "antallLedsagere";
  /** ISO date string (yyyy-mm-dd), as the form's date field reads and writes it. */
  public static final String UTLOPSDATO = "utlopsdato";
  /** The user id of the case handler who completed the assessment. */
  public static final String SAKSBEHANDLER = "saksbehandler";
  public static final String UTSENDING_BREV = "utsendingBrev";
  public static final String FORSENDELSE_ID = "forsendelseId";
  /** When the letter was handed to SvarUt (ISO-8601 instant): the status polls back off from it. */
  public static final String BREV_SENDT = "brevSendt";
  /** {@code VENTER}, {@code LEVERT} or {@code IKKE_LEVERT}: read by the gateway after each status poll. */
  public static final String LEVERINGSSTATUS = "leveringsstatus";
  /** The case handler's choice after "person not found": {@code SLAA_OPP_IGJEN} or {@code AVSLUTT_SAK}. */
  public static final String PERSON_HANDLING = "personHandling";
  public static final String ERROR_PERSON_NOT_FOUND = "PERSON_NOT_FOUND";
  /** Thrown by {@code EndEvent_DeliveryNotDelivered}; its code lands in {@link #OPPFOLGINGSGRUNN}. */
  public static final String ERROR_LETTER_NOT_DELIVERED = FollowUpReason.IKKE_LEVERT.name();
  /** Why {@code Task_FollowUpLetter} is there: a {@link FollowUpReason} name. */
  public static final String OPPFOLGINGSGRUNN = "oppfolgingsgrunn";
  /** The case handler's follow-up of a letter SvarUt could not deliver, and the confirmation. */
  public static final String OPPFOLGINGSTILTAK = "oppfolgingstiltak";
  public static final String BREV_FULGT_OPP = "brevFulgtOpp";

  public static final String START_EVENT_CASE_CREATED = "StartEvent_CaseCreated";
  public static final String TASK_LOOKUP_PERSON = "Task_LookupPerson";
  public static final String TASK_CHECK_PERSON_NOT_FOUND = "Task_CheckPersonNotFound";
  public static final String TASK_CLOSE_CASE = "Task_CloseCase";
  public static final String TASK_ASSESS_APPLICATION = "Task_AssessApplication";
  public static final String TASK_RECORD_DECISION = "Task_RecordDecision";
  public static final String GATEWAY_DECISION = "Gateway_Decision";
  public static final String TASK_STORE_PHOTO = "Task_StorePhoto";
  public static final String TASK_ISSUE_CERTIFICATE = "Task_IssueCertificate";
  public static final String TASK_SEND_APP_SMS = "Task_SendAppSms";
  public static final String GATEWAY_LETTER_SENDING = "Gateway_LetterSending";
  public static final String TASK_GENERATE_DECISION_LETTER = "Task_GenerateDecisionLetter";
  /** Sends through SvarUt: suspend its job definition while SvarUt is down (docs/operations.md). */
  public static final String TASK_SEND_DECISION_LETTER = "Task_SendDecisionLetter";
  /** Follows the letter in SvarUt; the 14-day give-up and "not delivered" are its boundary events. */
  public static final String SUB_PROCESS_TRACK_DELIVERY = "SubProcess_TrackDelivery";
  /** The poll timer: its job runs {@link #TASK_TRACK_DELIVERY} (no job of its own). */
  public static final String EVENT_WAIT_FOR_DELIVERY_STATUS = "Event_WaitForDeliveryStatus";
  /** Polls SvarUt for the letter's status. */
  public static final String TASK_TRACK_DELIVERY = "Task_TrackDelivery";
  public static final String BOUNDARY_EVENT_LETTER_NOT_DELIVERED = "BoundaryEvent_LetterNotDelivered";
  /** «Ingen endelig status etter 14 dager»: {@code ledsagerbevis.caseletter.delivery-max-wait} after sending. */
  public static final String BOUNDARY_EVENT_DELIVERY_MAX_WAIT = "BoundaryEvent_DeliveryMaxWait";
  public static final String TASK_RECORD_NO_FINAL_STATUS = "Task_RecordNoFinalStatus";
  public static final String END_EVENT_LETTER_DELIVERED = "EndEvent_LetterDelivered";
  public static final String TASK_FOLLOW_UP_LETTER = "Task_FollowUpLetter";
  public static final String TASK_RECORD_LETTER_FOLLOW_UP = "Task_RecordLetterFollowUp";
  public static final String TASK_RECORD_LETTER_FROM_JOURNAL_SYSTEM = "Task_RecordLetterFromJournalSystem";

  public static final String FORM_ASSESS_APPLICATION = "assess-application";
  public static final String FORM_CHECK_PERSON_NOT_FOUND = "check-person-not-found";
  public static final String FORM_FOLLOW_UP_LETTER = "follow-up-letter";

  private ProcessVariables() {
  }

  static Map<String, Object> start(String saksId, String kommunenummer, String gruppeId, int antallLedsagere,
      LocalDate utlopsdato) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(SAKS_ID, saksId);
    variables.put(KOMMUNENUMMER, kommunenummer);
    variables.put(GRUPPE_ID, gruppeId);
    variables.put(ANTALL_LEDSAGERE, antallLedsagere);
    variables.put(UTLOPSDATO, utlopsdato.toString());
    return variables;
  }
}
