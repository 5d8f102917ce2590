package no.ledsagerbevis.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.junit.jupiter.api.Test;

/** The status milestones on the canvas and {@link OnboardingMilestone} in the code are the same set. */
class OnboardingMilestoneTest {

  private static final String LISTENER = "${onboardingMilestoneListener}";
  private final BpmnModelInstance model = Bpmn.readModelFromFile(
      new File("processes", OnboardingProcess.PROCESS_KEY + ".bpmn"));

  @Test
  void everyElementWithTheMilestoneListenerIsAMilestoneAndTheOtherWayRound() {
    Set<String> withListener = new TreeSet<>();
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      if (node.getExtensionElements() != null && node.getExtensionElements()
          .getChildElementsByType(CamundaExecutionListener.class).stream()
          .anyMatch(listener -> LISTENER.equals(listener.getCamundaDelegateExpression())
              && "start".equals(listener.getCamundaEvent()))) {
        withListener.add(node.getId());
      }
    }
    Set<String> milestones = new TreeSet<>();
    for (OnboardingMilestone milestone : OnboardingMilestone.values()) {
      milestones.add(milestone.elementId());
    }
    assertThat(withListener).isEqualTo(milestones);
  }

  /** The process owner reads the status on the canvas: each milestone's documentation names it. */
  @Test
  void eachMilestoneSaysOnTheCanvasWhichStatusItRecords() {
    for (OnboardingMilestone milestone : OnboardingMilestone.values()) {
      FlowNode node = model.getModelElementById(milestone.elementId());
      assertThat(node.getDocumentations()).as(milestone.elementId()).singleElement()
          .satisfies(doc -> assertThat(doc.getTextContent()).endsWith("status blir " + milestone.status().name() + "."));
      assertThat(node.getName()).as("%s has a Norwegian name", milestone.elementId()).isNotBlank();
    }
  }

  @Test
  void anUnknownElementIsNoMilestone() {
    assertThat(OnboardingMilestone.of(OnboardingProcess.TASK_SET_UP_ACCESS)).isEmpty();
    assertThat(OnboardingMilestone.of(OnboardingProcess.EVENT_CONFIGURED)).contains(OnboardingMilestone.CONFIGURED);
  }
}
