package no.ledsagerbevis.caseletter;

import java.util.Objects;
import no.ledsagerbevis.errors.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * A task completion may set process variables; these checks stop a case handler from pointing the case at
 * another case, municipality or group on the way ({@code saksId} must stay the business key, and
 * {@code kommunenummer} and {@code gruppeId} those of the stored case).
 */
@Component
class CaseIdentityCheck {

  private final CaseRepository cases;

  CaseIdentityCheck(CaseRepository cases) {
    this.cases = cases;
  }

  /** @return the case's id; throws {@link InvalidInputException} when a completion changed it */
  String verify(DelegateTask task) {
    String businessKey = task.getExecution().getProcessBusinessKey();
    Object saksId = task.getVariable(ProcessVariables.SAKS_ID);
    CompanionCase sak = cases.find(businessKey).orElse(null);
    if (sak == null || !businessKey.equals(saksId)
        || !Objects.equals(sak.kommunenummer(), task.getVariable(ProcessVariables.KOMMUNENUMMER))
        || !Objects.equals(sak.gruppeId(), task.getVariable(ProcessVariables.GRUPPE_ID))) {
      throw new InvalidInputException(ProcessVariables.SAKS_ID,
          "Saks-id, kommunenummer og gruppe kan ikke endres når oppgaven fullføres.");
    }
    return businessKey;
  }
}
