package no.ledsagerbevis.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.ledsagerbevis.support.HttpTestSupport;
import no.ledsagerbevis.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** The prod profile's web hardening, on an in-memory database instead of PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
        "spring.datasource.url=jdbc:h2:mem:prod-profile-test;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password=",
        "camunda.bpm.admin-user.password=et-langt-og-sterkt-passord",
        "camunda.bpm.job-execution.enabled=false"
    })
@ActiveProfiles("prod")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ProdProfileTest extends HttpTestSupport {

  @Test
  void webappsSendHstsAndSecureSessionCookies() {
    Http browser = http();
    Http.Response page = browser.get("/camunda/app/welcome/default/");
    assertThat(page.header("Strict-Transport-Security")).hasValueSatisfying(v -> assertThat(v).contains("max-age=31536000"));

    // Secure cookies are not sent back over plain HTTP by a client, so the test sends them by hand.
    List<String> pageCookies = page.headerValues("Set-Cookie");
    assertThat(pageCookies).isNotEmpty().allSatisfy(cookie -> assertThat(cookie).contains("Secure"));
    String cookieHeader = pageCookies.stream().map(c -> c.substring(0, c.indexOf(';'))).collect(Collectors.joining("; "));
    String xsrf = pageCookies.stream().filter(c -> c.startsWith("XSRF-TOKEN="))
        .map(c -> c.substring("XSRF-TOKEN=".length(), c.indexOf(';'))).findFirst().orElseThrow();
    Http.Response login = browser.postForm("/camunda/api/admin/auth/user/default/login/welcome",
        "username=admin&password=et-langt-og-sterkt-passord", Map.of("X-XSRF-TOKEN", xsrf, "Cookie", cookieHeader));
    assertThat(login.status()).isEqualTo(200);
    assertThat(login.headerValues("Set-Cookie"))
        .filteredOn(cookie -> cookie.startsWith("JSESSIONID"))
        .isNotEmpty()
        .allSatisfy(cookie -> assertThat(cookie).contains("Secure").contains("HttpOnly"));
  }

  @Test
  void theFiksSimulatorIsNotThere() {
    Http anonymous = http();
    assertThat(anonymous.get("/fiks-simulator").status()).isEqualTo(404);
    assertThat(anonymous.get("/fiks-simulator/api/svarut/forsendelser").status()).isEqualTo(404);
    assertThat(anonymous.postForm("/fiks-simulator/api/reset", "", Map.of()).status()).isEqualTo(404);
    assertThat(anonymous.postForm("/fiks-simulator/token", "grant_type=client_credentials&scope=ks:fiks", Map.of()).status())
        .isEqualTo(404);
    assertThat(anonymous.postJson("/fiks-simulator/api/v2/kontoer/5cad9d80-4c7b-4c14-8669-3d0c1a8b79c4/forsendelser/status-sok",
        Map.of("forsendelseIder", List.of())).status()).isEqualTo(404);
  }
}
