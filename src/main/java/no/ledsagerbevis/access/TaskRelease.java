package no.ledsagerbevis.access;

import java.util.Collection;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * When a user stops working in a group (removed, or switched her active group), her claimed tasks of that
 * group go back to the group, and the user-level grants the engine gave her as assignee go with them.
 * Runs as the application.
 */
@Component
class TaskRelease {

  private final TaskService taskService;
  private final AuthorizationService authorizationService;

  TaskRelease(TaskService taskService, AuthorizationService authorizationService) {
    this.taskService = taskService;
    this.authorizationService = authorizationService;
  }

  /** Releases the user's tasks none of whose candidate groups is among {@code keptGroupIds}. */
  void releaseOutside(String brukernavn, Collection<String> keptGroupIds) {
    for (Task task : taskService.createTaskQuery().taskAssignee(brukernavn).list()) {
      boolean kept = taskService.getIdentityLinksForTask(task.getId()).stream()
          .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
          .map(IdentityLink::getGroupId)
          .anyMatch(keptGroupIds::contains);
      if (!kept) {
        taskService.setAssignee(task.getId(), null);
        authorizationService.createAuthorizationQuery().userIdIn(brukernavn).resourceType(Resources.TASK)
            .resourceId(task.getId()).list()
            .forEach(grant -> authorizationService.deleteAuthorization(grant.getId()));
      }
    }
  }
}
