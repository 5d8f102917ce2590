package no.ledsagerbevis.access;

import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * Runs first when any user task completes (registered by {@link CompletionMembershipPlugin}): the user must,
 * by our tables and at this moment, work in one of the task's candidate groups (her active group), or
 * administer the instance's municipality, or be an operator. A claim or a grant she kept from earlier is
 * not enough. Completions without a user (the application itself) pass.
 */
@Component
class CompletionMembershipCheck implements TaskListener {

  private final IdentityService identityService;
  private final MembershipRepository memberships;

  CompletionMembershipCheck(IdentityService identityService, MembershipRepository memberships) {
    this.identityService = identityService;
    this.memberships = memberships;
  }

  @Override
  public void notify(DelegateTask task) {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return;
    }
    String user = authentication.getUserId();
    // An operator as the engine itself judges one: by the groups of the authentication.
    boolean operator = authentication.getGroupIds() != null && authentication.getGroupIds().contains(Groups.CAMUNDA_ADMIN);
    if (operator || administers(user, task.getTenantId()) || worksInCandidateGroup(user, task)) {
      return;
    }
    throw new AuthorizationException("Du kan ikke fullføre oppgaven: du jobber ikke nå i gruppen oppgaven hører til"
        + " (bytt aktiv gruppe med PUT /api/v1/meg/aktiv-gruppe), og du er ikke administrator i kommunen.");
  }

  private boolean administers(String user, String tenantId) {
    return tenantId != null && tenantId.matches("kommune\\d{4}")
        && memberships.exists(AccessIds.administratorGroupId(AccessIds.kommunenummerOfTenant(tenantId)), user);
  }

  private boolean worksInCandidateGroup(String user, DelegateTask task) {
    Optional<String> active = memberships.activeGroup(user);
    return active.isPresent() && memberships.exists(active.get(), user) && task.getCandidates().stream()
        .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && active.get().equals(link.getGroupId()));
  }
}
