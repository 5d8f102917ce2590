package no.ledsagerbevis.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.ledsagerbevis.support.Http;
import no.ledsagerbevis.support.PostgresIntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Nobody can lock another user out for good: wrong passwords, through the webapps' login, engine-rest
 * and /api/v1 alike, only delay the next attempt. The delay is shortened to one second here so that
 * the test need not wait; the production values are in application.yml.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = {
    "camunda.bpm.generic-properties.properties.loginDelayBase=1",
    "camunda.bpm.generic-properties.properties.loginDelayMaxTime=1"
})
class LoginDelayIT extends PostgresIntegrationTest {

  private static final String WRONG = "feil-passord-Xq7!";
  private static final long DELAY_MILLIS = 1_100;

  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void fifteenWrongPasswordsOnEveryChannelOnlyDelayTheAdminsNextLogin(CapturedOutput output) throws Exception {
    List<Function<String, Integer>> channels = List.of(this::webappLogin,
        password -> as("admin", password).get("/engine-rest/engine").status(),
        password -> as("admin", password).get("/api/v1/meg").status());
    for (int attempt = 0; attempt < 15; attempt++) {
      assertThat(channels.get(attempt % 3).apply(WRONG)).isIn(401, 403);
      Thread.sleep(DELAY_MILLIS); // past the (shortened) delay, so that every attempt counts
    }
    assertThat(jdbc.queryForObject("SELECT ATTEMPTS_ FROM ACT_ID_USER WHERE ID_ = 'admin'", Integer.class))
        .isEqualTo(15);

    assertThat(as("admin", "admin").get("/api/v1/meg").status()).isEqualTo(200);
    assertThat(webappLogin("admin")).isEqualTo(200);
    assertThat(jdbc.queryForObject("SELECT ATTEMPTS_ FROM ACT_ID_USER WHERE ID_ = 'admin'", Integer.class)).isZero();

    assertThat(output.getAll()).contains("Failed login for user 'admin'").doesNotContain(WRONG);
  }

  @Test
  void aWrongPasswordDelaysTheNextAttemptButNeverLocksForGood() {
    ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(config.getLoginMaxAttempts()).isEqualTo(Integer.MAX_VALUE);
    assertThat(config.getLoginDelayMaxTime()).isPositive();
  }

  @Test
  void aFailedLoginWithAnUnknownUserNameIsLoggedWithoutTheName(CapturedOutput output) {
    assertThat(as("Hemmelig-passord-som-brukernavn1", WRONG).get("/api/v1/meg").status()).isEqualTo(401);
    assertThat(output.getAll()).contains("Failed login with an unknown user name")
        .doesNotContain("Hemmelig-passord-som-brukernavn1");
  }

  private int webappLogin(String password) {
    Http browser = http();
    browser.get("/camunda/app/welcome/default/");
    String xsrf = browser.cookie("XSRF-TOKEN").orElseThrow();
    return browser.postForm("/camunda/api/admin/auth/user/default/login/welcome",
        "username=admin&password=" + password, Map.of("X-XSRF-TOKEN", xsrf)).status();
  }
}
