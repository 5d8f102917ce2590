package no.ledsagerbevis.caseletter.process;

import no.ledsagerbevis.caseletter.DecisionLetterService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_GenerateDecisionLetter}. */
@Component
public class GenerateDecisionLetterDelegate implements JavaDelegate {

  private final CaseOfInstance caseOfInstance;
  private final DecisionLetterService letters;

  GenerateDecisionLetterDelegate(CaseOfInstance caseOfInstance, DecisionLetterService letters) {
    this.caseOfInstance = caseOfInstance;
    this.letters = letters;
  }

  @Override
  public void execute(DelegateExecution execution) {
    letters.generate(caseOfInstance.of(execution));
  }
}
