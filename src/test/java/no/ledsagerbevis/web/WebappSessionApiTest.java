package no.ledsagerbevis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import no.ledsagerbevis.access.MunicipalityAccess;
import no.ledsagerbevis.support.H2AppTest;
import no.ledsagerbevis.support.Http;
import no.ledsagerbevis.support.WebappLogin;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** /api/v1 from the webapps: the logged-in Camunda session authenticates, and a modifying call needs its CSRF token. */
class WebappSessionApiTest extends H2AppTest {

  private static final String ADMINISTRATORS = "/api/v1/kommuner/0301/administratorer";

  @Autowired
  MunicipalityAccess access;
  @Autowired
  IdentityService identityService;

  @BeforeEach
  void oslo() {
    access.ensureTenantAndAdministratorGroup("0301", "Oslo");
  }

  @Test
  void sessionAuthenticatesAGet() {
    Http browser = http();
    WebappLogin.login(browser, "admin", "admin", "tasklist");

    Http.Response me = browser.get("/api/v1");
    assertThat(me.status()).as(me.toString()).isEqualTo(200);
    assertThat(me.json().get("innloggetSom").asText()).isEqualTo("admin");
  }

  @Test
  void sessionPostWithTheCsrfTokenIsAccepted() {
    Http browser = http();
    Map<String, String> csrf = WebappLogin.login(browser, "admin", "admin", "tasklist");

    Http.Response created = browser.send("POST", ADMINISTRATORS, "application/json",
        json("okt.med.token"), csrf);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(identityService.createUserQuery().userId("okt.med.token").count()).isEqualTo(1);
  }

  @Test
  void sessionPostWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
    Http browser = http();
    WebappLogin.login(browser, "admin", "admin", "tasklist");

    Http.Response forged = browser.send("POST", ADMINISTRATORS, "application/json", json("forfalsket"));
    assertThat(forged.status()).as(forged.toString()).isEqualTo(403);
    assertThat(forged.header("Content-Type").orElseThrow()).startsWith("application/problem+json");
    assertThat(forged.json().get("title").asText()).isEqualTo("Mangler CSRF-token");
    assertThat(browser.send("DELETE", ADMINISTRATORS + "/admin", "application/json", new byte[0]).status())
        .isEqualTo(403);
    assertThat(identityService.createUserQuery().userId("forfalsket").count()).isZero();
  }

  @Test
  void sessionPostWithAnotherSessionsTokenIsRefused() {
    Http browser = http();
    WebappLogin.login(browser, "admin", "admin", "tasklist");
    Http attacker = http();
    Map<String, String> attackersToken = WebappLogin.login(attacker, "admin", "admin", "tasklist");

    Http.Response forged = browser.send("POST", ADMINISTRATORS, "application/json", json("fremmed.token"),
        attackersToken);
    assertThat(forged.status()).isEqualTo(403);
    assertThat(identityService.createUserQuery().userId("fremmed.token").count()).isZero();
  }

  @Test
  void basicStillWorksWithoutASession() {
    Http.Response created = asAdmin().postJson(ADMINISTRATORS,
        Map.of("brukernavn", "via.basic", "navn", "Via Basic", "passord", "Sikkert-passord-2026"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(asAdmin().get("/api/v1").json().get("innloggetSom").asText()).isEqualTo("admin");
  }

  @Test
  void withoutCredentialsOrSessionItIs401() {
    Http anonymous = http();
    anonymous.get("/camunda/app/welcome/default/");
    assertThat(anonymous.get("/api/v1").status()).isEqualTo(401);
    Http.Response post = anonymous.send("POST", ADMINISTRATORS, "application/json", json("anonym"),
        WebappLogin.csrfHeader(anonymous));
    assertThat(post.status()).isEqualTo(401);
    assertThat(post.header("WWW-Authenticate")).as("no Basic dialog for our scripts").isEmpty();
  }

  @Test
  void loggingOutEndsTheApiSession() {
    Http browser = http();
    Map<String, String> csrf = WebappLogin.login(browser, "admin", "admin", "tasklist");
    assertThat(browser.send("POST", "/camunda/api/admin/auth/user/default/logout", "application/json", new byte[0],
        csrf).status()).isEqualTo(200);
    assertThat(browser.get("/api/v1").status()).isEqualTo(401);
  }

  private static byte[] json(String brukernavn) {
    return ("{\"brukernavn\":\"" + brukernavn + "\",\"navn\":\"Test Bruker\",\"passord\":\"Sikkert-passord-2026\"}")
        .getBytes(StandardCharsets.UTF_8);
  }
}
