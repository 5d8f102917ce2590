package no.ledsagerbevis.benchmark;

import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * The async save points of the case process on the approved path, read from the BPMN the application ships: the
 * most on any loop-free path from the start to the assessment task, and from it to an end event without another
 * user task (a sub-process counts with the save points on its own longest path). Timers are waits, not save points:
 * the bare-engine process gets as many save points and no timer.
 */
record SavePoints(int beforeTask, int afterTask) {

  static final String CASE_BPMN = "processes/ledsagerbevis-decision-letter.bpmn";
  static final String ASSESS_TASK = "Task_AssessApplication";

  static SavePoints ofCaseProcess() {
    try (InputStream in = SavePoints.class.getClassLoader().getResourceAsStream(CASE_BPMN)) {
      if (in == null) {
        throw new IllegalStateException(CASE_BPMN + " is not on the class path");
      }
      BpmnModelInstance model = Bpmn.readModelFromStream(in);
      FlowNode start = model.getModelElementsByType(StartEvent.class).stream()
          .filter(s -> !(s.getParentElement() instanceof SubProcess)).findFirst().orElseThrow();
      FlowNode assess = model.getModelElementById(ASSESS_TASK);
      int before = longest(start, assess, new HashSet<>());
      int after = longest(assess, null, new HashSet<>());
      if (before < 0 || after < 0) {
        throw new IllegalStateException("No path through " + ASSESS_TASK + " in " + CASE_BPMN);
      }
      return new SavePoints(before, after);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  int total() {
    return beforeTask + afterTask;
  }

  /** Most save points from {@code node} (itself included unless it is the assessment task) to the target; -1: none. */
  private static int longest(FlowNode node, FlowNode target, Set<String> visited) {
    if (!visited.add(node.getId())) {
      return -1;
    }
    try {
      boolean isAssess = node.getId().equals(ASSESS_TASK);
      int own = isAssess ? 0 : (node.isCamundaAsyncBefore() ? 1 : 0) + (node.isCamundaAsyncAfter() ? 1 : 0);
      if (node instanceof SubProcess sub) {
        own += sub.getChildElementsByType(StartEvent.class).stream()
            .mapToInt(start -> Math.max(0, longest(start, null, new HashSet<>()))).max().orElse(0);
      }
      if (target != null && node == target) {
        return 0;
      }
      if (target == null && node instanceof EndEvent) {
        return own;
      }
      if (node instanceof UserTask && !isAssess) {
        return -1;
      }
      int best = -1;
      for (SequenceFlow flow : node.getOutgoing()) {
        int rest = longest(flow.getTarget(), target, visited);
        best = Math.max(best, rest < 0 ? -1 : rest + own);
      }
      return best;
    } finally {
      visited.remove(node.getId());
    }
  }
}
