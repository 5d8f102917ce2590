package no.ledsagerbevis.access;

import no.ledsagerbevis.identity.AsSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At start, brings Camunda's identity back in line with our tables, in case someone changed it by hand
 * in Camunda Admin: a user whose login was deleted there loses its memberships here; every other user's
 * memberships in our groups are reset to its administrator groups plus its active group, and its grants on
 * its own Camunda user to READ (see {@link OwnUserGrants}).
 */
@Component
public class IdentityReconciliation {

  private static final Logger log = LoggerFactory.getLogger(IdentityReconciliation.class);

  private final MembershipRepository memberships;
  private final MembershipService membershipService;
  private final UserLogins logins;
  private final AccessAudit audit;
  private final AsSystem asSystem;
  private final OwnUserGrants ownUserGrants;

  IdentityReconciliation(MembershipRepository memberships, MembershipService membershipService, UserLogins logins,
      AccessAudit audit, AsSystem asSystem, OwnUserGrants ownUserGrants) {
    this.ownUserGrants = ownUserGrants;
    this.memberships = memberships;
    this.membershipService = membershipService;
    this.logins = logins;
    this.audit = audit;
    this.asSystem = asSystem;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Transactional
  public void reconcile() {
    asSystem.run(() -> {
      int removed = 0;
      for (String brukernavn : memberships.allUsers()) {
        if (logins.exists(brukernavn)) {
          membershipService.sync(brukernavn);
          ownUserGrants.restrictToRead(brukernavn);
        } else {
          memberships.ofUser(brukernavn).stream().map(Membership::kommunenummer).distinct().forEach(k ->
              audit.record(k, Actor.SYSTEM, AccessAudit.Handling.BRUKER_SLETTET, null, brukernavn));
          memberships.deleteUser(brukernavn);
          removed++;
        }
      }
      if (removed > 0) {
        log.info("Removed the memberships of {} users whose Camunda login no longer exists", removed);
      }
    });
  }
}
