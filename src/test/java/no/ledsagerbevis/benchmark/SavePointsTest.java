package no.ledsagerbevis.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

class SavePointsTest {

  @Test
  void theCaseProcessHasSavePointsOnBothSidesOfTheAssessment() {
    SavePoints savePoints = SavePoints.ofCaseProcess();

    assertThat(savePoints.beforeTask()).as("the person look-up").isGreaterThanOrEqualTo(1);
    assertThat(savePoints.afterTask()).as("photo, certificate, SMS, letter, sending").isGreaterThanOrEqualTo(3);
  }

  @Test
  void theBareProcessHasAsManyAsyncServiceTasksAroundOneUserTask() {
    SavePoints savePoints = new SavePoints(2, 5);

    var model = BareEngineScenario.process(savePoints);

    assertThat(model.getModelElementsByType(UserTask.class)).hasSize(1);
    assertThat(model.getModelElementsByType(ServiceTask.class)).hasSize(7)
        .allMatch(FlowNode::isCamundaAsyncBefore);
  }
}
