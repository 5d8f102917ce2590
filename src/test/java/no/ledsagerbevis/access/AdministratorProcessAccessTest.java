package no.ledsagerbevis.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.ledsagerbevis.support.H2AppTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A municipality's administrators read the municipality processes in Cockpit, but not the retention process,
 * whose instances have no tenant and name the deleted cases of every municipality.
 */
class AdministratorProcessAccessTest extends H2AppTest {

  @Autowired
  AuthorizationService authorizationService;

  @Autowired
  IdentityService identityService;

  @Autowired
  AuthorizationSetup setup;

  @Autowired
  AuthorizationRealignment realignment;

  @Test
  void administratorsReadTheMunicipalityProcessesButNotTheRetentionProcess() {
    setup.grantMunicipalityProcesses("9999-administratorer");

    assertThat(readsHistoryOf("9999-administratorer", "ledsagerbevis-decision-letter")).isTrue();
    assertThat(readsHistoryOf("9999-administratorer", "ledsagerbevis-onboarding")).isTrue();
    assertThat(readsHistoryOf("9999-administratorer", "ledsagerbevis-retention")).isFalse();
  }

  @Test
  void anAdministratorGroupOfAnEarlierVersionLosesItsGrantOnEveryProcessAtStart() {
    Group group = identityService.newGroup("9998-administratorer");
    group.setName("Tjenesteadministratorer 9998");
    group.setType(CamundaGroups.ADMINISTRATOR_TYPE);
    identityService.saveGroup(group);
    Authorization everyProcess = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    everyProcess.setGroupId("9998-administratorer");
    everyProcess.setResource(Resources.PROCESS_DEFINITION);
    everyProcess.setResourceId(Authorization.ANY);
    everyProcess.addPermission(Permissions.READ_HISTORY);
    authorizationService.saveAuthorization(everyProcess);
    assertThat(readsHistoryOf("9998-administratorer", "ledsagerbevis-retention")).isTrue();

    realignment.realign();

    assertThat(readsHistoryOf("9998-administratorer", "ledsagerbevis-retention")).isFalse();
    assertThat(readsHistoryOf("9998-administratorer", "ledsagerbevis-configuration")).isTrue();
  }

  private boolean readsHistoryOf(String groupId, String processKey) {
    return authorizationService.isUserAuthorized("en-administrator", List.of(groupId), Permissions.READ_HISTORY,
        Resources.PROCESS_DEFINITION, processKey);
  }
}
