package no.ledsagerbevis.operations.metrics;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Attaches {@link ProcessCounters}' listeners to their elements when the engine parses a process, so the
 * BPMN files stay free of metrics plumbing.
 */
@Component
class ProcessCounterPlugin extends AbstractProcessEnginePlugin {

  private final ProcessCounters counters;

  ProcessCounterPlugin(ProcessCounters counters) {
    this.counters = counters;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new MilestoneListeners());
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  private final class MilestoneListeners extends AbstractBpmnParseListener {

    @Override
    public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
      attach(activity);
    }

    @Override
    public void parseExclusiveGateway(Element element, ScopeImpl scope, ActivityImpl activity) {
      attach(activity);
    }

    @Override
    public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      attach(activity);
    }

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      attach(activity);
    }

    @Override
    public void parseEndEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
      attach(activity);
    }

    private void attach(ActivityImpl activity) {
      if (!(activity.getProcessDefinition() instanceof ProcessDefinitionEntity definition)) {
        return;
      }
      String processKey = definition.getKey();
      for (ProcessCounters.Milestone milestone : counters.milestones()) {
        if (milestone.processKey().equals(processKey) && milestone.activityId().equals(activity.getId())) {
          activity.addListener(milestone.event(), milestone.listener());
        }
      }
    }
  }
}
