package no.ledsagerbevis.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Makes the well-known admin password of the embedded default impossible to overlook in the log. */
@Component
class DefaultAdminWarning {

  private static final Logger log = LoggerFactory.getLogger(DefaultAdminWarning.class);

  private final String adminUser;
  private final String adminPassword;

  DefaultAdminWarning(@Value("${camunda.bpm.admin-user.id:admin}") String adminUser,
                      @Value("${camunda.bpm.admin-user.password:}") String adminPassword) {
    this.adminUser = adminUser;
    this.adminPassword = adminPassword;
  }

  @EventListener(ApplicationReadyEvent.class)
  void warnAboutDefaultPassword() {
    if (AdminPasswordGuard.isUnsafe(adminPassword)) {
      log.warn("""

          ************************************************************************
          *  WARNING: the Camunda admin user '{}' has the default password.
          *  This is for local trial runs only. Set LEDSAGERBEVIS_ADMIN_PASSWORD
          *  and use the prod profile for anything that holds real data.
          ************************************************************************""", adminUser);
    }
  }
}
