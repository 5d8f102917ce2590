package no.ledsagerbevis.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.Map;
import javax.sql.DataSource;
import no.ledsagerbevis.support.Http;
import no.ledsagerbevis.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class AppOnPostgresIT extends PostgresIntegrationTest {

  @Autowired
  DataSource dataSource;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void runsOnARealPostgresqlServer() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
      assertThat(connection.getMetaData().getURL()).contains("ledsagerbevis_test_");
    }
    assertThat(jdbc.queryForObject("select count(*) from act_ge_property", Integer.class)).isPositive();
    assertThat(jdbc.queryForObject("select count(*) from ledsagerbevis_schema_history where success", Integer.class)).isPositive();
  }

  @Test
  void engineRestAndApiRequireAuthentication() {
    assertThat(http().get("/engine-rest/engine").status()).isEqualTo(401);
    assertThat(asAdmin().get("/engine-rest/engine").status()).isEqualTo(200);
    assertThat(http().get("/api/v1").status()).isEqualTo(401);
    assertThat(asAdmin().get("/api/v1").status()).isEqualTo(200);
  }

  @Test
  void adminCanLogInToTheWebapps() {
    Http browser = http();
    browser.get("/camunda/app/welcome/default/");
    Http.Response login = browser.postForm("/camunda/api/admin/auth/user/default/login/cockpit",
        "username=admin&password=admin", Map.of("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN").orElseThrow()));
    assertThat(login.status()).isEqualTo(200);
    assertThat(login.json().get("authorizedApps").toString()).contains("cockpit", "tasklist", "admin");
  }
}
