package no.ledsagerbevis.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.junit.jupiter.api.Test;

class SensitiveVariableHistoryFilterTest {

  final List<HistoryEvent> written = new ArrayList<>();
  final HistoryEventHandler engineHandler = new HistoryEventHandler() {
    @Override
    public void handleEvent(HistoryEvent event) {
      written.add(event);
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      written.addAll(events);
    }
  };
  final SensitiveVariableHistoryFilter filter = new SensitiveVariableHistoryFilter(engineHandler,
      new HistoryPrivacyProperties().getSensitiveVariables());

  @Test
  void dropsTheInstanceAndUpdatesOfASensitiveVariableWhateverItsScope() {
    HistoricVariableUpdateEventEntity processLevel = variable("begrunnelse", null);
    HistoricVariableUpdateEventEntity taskLocal = variable("begrunnelse", "task-1");
    HistoricVariableUpdateEventEntity contacts = variable("kontaktpersoner", null);

    filter.handleEvents(List.of(processLevel, taskLocal, contacts));

    assertThat(written).isEmpty();
  }

  @Test
  void dropsASubmittedSensitiveFormField() {
    HistoricFormPropertyEventEntity field = new HistoricFormPropertyEventEntity();
    field.setPropertyId("kontaktpersoner");
    field.setPropertyValue("ola@kommune.no");

    filter.handleEvent(field);

    assertThat(written).isEmpty();
  }

  @Test
  void keepsEveryOtherVariableFormFieldAndEvent() {
    HistoricVariableUpdateEventEntity vedtak = variable("vedtak", null);
    HistoricFormPropertyEventEntity field = new HistoricFormPropertyEventEntity();
    field.setPropertyId("utsendingBrev");
    HistoricProcessInstanceEventEntity instance = new HistoricProcessInstanceEventEntity();

    filter.handleEvents(List.of(vedtak, field, instance));

    assertThat(written).containsExactly(vedtak, field, instance);
  }

  @Test
  void theConfiguredNamesReplaceTheDefaults() {
    SensitiveVariableHistoryFilter onlyNotes = new SensitiveVariableHistoryFilter(engineHandler, Set.of("notat"));

    onlyNotes.handleEvent(variable("notat", null));
    onlyNotes.handleEvent(variable("begrunnelse", null));

    assertThat(written).extracting(e -> ((HistoricVariableUpdateEventEntity) e).getVariableName())
        .containsExactly("begrunnelse");
  }

  private static HistoricVariableUpdateEventEntity variable(String name, String taskId) {
    HistoricVariableUpdateEventEntity event = new HistoricVariableUpdateEventEntity();
    event.setVariableName(name);
    event.setTaskId(taskId);
    event.setTextValue("Helseopplysninger");
    return event;
  }
}
