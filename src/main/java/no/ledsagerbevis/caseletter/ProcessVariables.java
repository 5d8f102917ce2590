package no.ledsagerbevis.caseletter;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The process key and the variable names of {@code ledsagerbevis-decision-letter} (DESIGN §3). Variables
 * carry ids and decisions only, never personal data.
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
  /** {@code VENTER}, {@code LEVERT} or {@code IKKE_LEVERT}: read by the gateway after each status poll. */
  public static final String LEVERINGSSTATUS = "leveringsstatus";
  /** The case handler's choice after "person not found": {@code SLAA_OPP_IGJEN} or {@code AVSLUTT_SAK}. */
  public static final String PERSON_HANDLING = "personHandling";
  public static final String ERROR_PERSON_NOT_FOUND = "PERSON_NOT_FOUND";

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
