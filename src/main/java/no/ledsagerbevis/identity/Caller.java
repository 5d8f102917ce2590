package no.ledsagerbevis.identity;

import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;

/** Who sent a request, as far as an operator page needs to know: the Camunda user and its groups. */
public record Caller(String userId, List<String> groupIds) {

  public boolean isOperator() {
    return groupIds.contains(Groups.CAMUNDA_ADMIN);
  }
}
