package no.ledsagerbevis.caseletter.process;

import java.util.Map;
import no.ledsagerbevis.caseletter.ProcessVariables;
import no.ledsagerbevis.errors.FieldErrors;
import no.ledsagerbevis.validation.ValidatingCompleteListener;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Completion check of {@code Task_FollowUpLetter}: the case handler confirms what was done about the
 * undelivered letter; {@code Task_RecordLetterFollowUp} records it in the case history with the user.
 */
@Component
public class FollowUpLetterCompleteListener extends ValidatingCompleteListener {

  static final String TILTAK = ProcessVariables.OPPFOLGINGSTILTAK;
  static final String CONFIRMED = ProcessVariables.BREV_FULGT_OPP;
  static final Map<String, String> TILTAK_TEKST = Map.of(
      "SENDT_PAPIR_FRA_KOMMUNEN", "vedtaket er sendt på papir fra kommunen",
      "UTLEVERT_PERSONLIG", "vedtaket er utlevert personlig",
      "KONTAKTET_INNBYGGER", "innbyggeren er kontaktet på annen måte");

  private final CaseOfInstance caseOfInstance;

  FollowUpLetterCompleteListener(CaseOfInstance caseOfInstance) {
    this.caseOfInstance = caseOfInstance;
  }

  @Override
  protected void validate(DelegateTask task) {
    caseOfInstance.of(task.getExecution());
    FieldErrors errors = new FieldErrors();
    Object tiltak = task.getVariable(TILTAK);
    if (!(tiltak instanceof String t) || !TILTAK_TEKST.containsKey(t)) {
      errors.add(TILTAK, "Velg hva som er gjort for at innbyggeren får vedtaket.");
    }
    if (!Boolean.TRUE.equals(task.getVariable(CONFIRMED))) {
      errors.add(CONFIRMED, "Bekreft at vedtaksbrevet er fulgt opp.");
    }
    errors.throwIfAny();
  }
}
