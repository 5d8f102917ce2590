package no.ledsagerbevis.caseletter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one resend a case's app SMS may have after a send whose outcome is unknown. */
@Repository
class AppSmsResend {

  private final JdbcClient jdbc;

  AppSmsResend(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Takes the resend; false when it was taken before (or the SMS id is known). */
  boolean take(String saksId) {
    return jdbc.sql("""
            UPDATE caseletter_case SET sms_resend_used = TRUE
            WHERE saks_id = :saksId AND sms_resend_used = FALSE AND sms_id IS NULL""")
        .param("saksId", saksId).update() == 1;
  }
}
