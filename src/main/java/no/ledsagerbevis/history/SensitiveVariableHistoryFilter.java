package no.ledsagerbevis.history;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * Passes every history event on to the engine's own handler except those that would keep a sensitive
 * variable: its instance ({@code ACT_HI_VARINST}), its updates and the submitted form field
 * ({@code ACT_HI_DETAIL}), whatever the scope (process, execution or task-local). The variables still
 * work at runtime; only their history is never written.
 */
public class SensitiveVariableHistoryFilter implements HistoryEventHandler {

  private final HistoryEventHandler delegate;
  private final Set<String> sensitiveNames;

  public SensitiveVariableHistoryFilter(HistoryEventHandler delegate, Set<String> sensitiveNames) {
    this.delegate = delegate;
    this.sensitiveNames = Set.copyOf(sensitiveNames);
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (!isSensitive(event)) {
      delegate.handleEvent(event);
    }
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    for (HistoryEvent event : events) {
      handleEvent(event);
    }
  }

  boolean isSensitive(HistoryEvent event) {
    if (event instanceof HistoricVariableUpdateEventEntity variable) {
      return sensitiveNames.contains(variable.getVariableName());
    }
    if (event instanceof HistoricFormPropertyEventEntity formField) {
      return sensitiveNames.contains(formField.getPropertyId());
    }
    return false;
  }
}
