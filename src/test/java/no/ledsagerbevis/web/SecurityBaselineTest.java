package no.ledsagerbevis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.ledsagerbevis.support.H2AppTest;
import no.ledsagerbevis.support.Http;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SecurityBaselineTest extends H2AppTest {

  @Autowired
  ProcessEngine engine;

  @Autowired
  IdentityService identityService;

  @BeforeEach
  void plainUsers() {
    createUserOnce("vanlig.bruker");
    createUserOnce("glemsk.bruker");
  }

  private void createUserOnce(String id) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setFirstName("Test");
      user.setLastName("Bruker");
      user.setPassword("Hemmelig-passord-1");
      identityService.saveUser(user);
    }
  }

  @Test
  void engineRestRequiresAuthentication() {
    assertThat(http().get("/engine-rest/engine").status()).isEqualTo(401);
    assertThat(asAdmin().get("/engine-rest/engine").status()).isEqualTo(200);
    // A wrong password locks the user for a few seconds (Camunda's login throttling): use a user of its own.
    assertThat(as("glemsk.bruker", "feil-passord").get("/engine-rest/engine").status()).isEqualTo(401);
  }

  @Test
  void apiRequiresAuthenticationAndAnswersProblemJson() {
    Http.Response anonymous = http().get("/api/v1");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.header("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    assertThat(anonymous.header("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    assertThat(anonymous.json().get("title").asText()).isEqualTo("Ikke innlogget");

    Http.Response admin = asAdmin().get("/api/v1");
    assertThat(admin.status()).isEqualTo(200);
    assertThat(admin.json().get("innloggetSom").asText()).isEqualTo("admin");
  }

  @Test
  void unknownApiPathIsProblemJson404() {
    Http.Response response = asAdmin().get("/api/v1/finnes-ikke");
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.json().get("title").asText()).isEqualTo("Finnes ikke");
  }

  @Test
  void adminSetupEndpointIsClosedEvenWithoutDirectAdminMember() {
    identityService.deleteMembership("admin", Groups.CAMUNDA_ADMIN);
    try {
      Http.Response response = http().postJson("/camunda/api/admin/setup/default/user/create",
          Map.of("profile", Map.of("id", "inntrenger", "firstName", "In", "lastName", "Trenger"),
              "credentials", Map.of("password", "inntrenger-passord")));
      assertThat(response.status()).isEqualTo(403);
      assertThat(identityService.createUserQuery().userId("inntrenger").count()).isZero();
    } finally {
      identityService.createMembership("admin", Groups.CAMUNDA_ADMIN);
    }
  }

  @Test
  void taskQueryWithExpressionInOrQueriesIsRejectedOnEngineRest() {
    Map<String, Object> query = Map.of("orQueries", List.of(Map.of("assigneeExpression", "${currentUser()}")));
    Http.Response response = as("vanlig.bruker", "Hemmelig-passord-1").postJson("/engine-rest/task?firstResult=0&maxResults=10", query);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).contains("orQueries");
  }

  @Test
  void filterWithExpressionInOrQueriesIsRejectedOnEngineRest() {
    Map<String, Object> filter = Map.of("resourceType", "Task", "name", "ond",
        "query", Map.of("orQueries", List.of(Map.of("candidateGroupsExpression", "${1+1}"))));
    Http.Response response = asAdmin().postJson("/engine-rest/filter/create", filter);
    assertThat(response.status()).isEqualTo(400);
  }

  @Test
  void taskQueryWithOrQueriesWithoutExpressionsStillWorks() {
    Map<String, Object> query = Map.of("orQueries", List.of(Map.of("assignee", "vanlig.bruker")));
    assertThat(as("vanlig.bruker", "Hemmelig-passord-1")
        .postJson("/engine-rest/task?firstResult=0&maxResults=10", query).status()).isEqualTo(200);
  }

  @Test
  void queriesAboveTheMaxResultsLimitAreRefused() {
    assertThat(engine.getProcessEngineConfiguration()).extracting("queryMaxResultsLimit").isEqualTo(2000);
    Http.Response tooMany = as("vanlig.bruker", "Hemmelig-passord-1").get("/engine-rest/task?firstResult=0&maxResults=2001");
    assertThat(tooMany.status()).isEqualTo(400);
    Http.Response allowed = as("vanlig.bruker", "Hemmelig-passord-1").get("/engine-rest/task?firstResult=0&maxResults=2000");
    assertThat(allowed.status()).isEqualTo(200);
  }

  @Test
  void unpagedListQueriesAreRefused() {
    assertThat(as("vanlig.bruker", "Hemmelig-passord-1").get("/engine-rest/task").status()).isEqualTo(400);
  }

  @Test
  void taskQueryWithExpressionInOrQueriesIsRejectedOnTheWebappsApi() {
    Http browser = http();
    browser.get("/camunda/app/welcome/default/");
    Map<String, String> xsrf = Map.of("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN").orElseThrow());
    assertThat(browser.postForm("/camunda/api/admin/auth/user/default/login/tasklist",
        "username=admin&password=admin", xsrf).status()).isEqualTo(200);
    // The login starts a new session; like the browser, fetch a page to get that session's CSRF token.
    browser.get("/camunda/api/admin/auth/user/default");
    xsrf = Map.of("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN").orElseThrow());

    Map<String, Object> query = Map.of("orQueries", List.of(Map.of("candidateUserExpression", "${currentUser()}")));
    Http.Response rejected = browser.send("POST", "/camunda/api/engine/engine/default/task?firstResult=0&maxResults=15",
        "application/json", json(query), xsrf);
    assertThat(rejected.status()).isEqualTo(400);

    Map<String, Object> harmless = Map.of("orQueries", List.of(Map.of("candidateUser", "admin")));
    Http.Response allowed = browser.send("POST", "/camunda/api/engine/engine/default/task?firstResult=0&maxResults=15",
        "application/json", json(harmless), xsrf);
    assertThat(allowed.status()).isEqualTo(200);
  }

  private static byte[] json(Object value) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void adminCanLogInToTheWebapps() {
    Http browser = http();
    browser.get("/camunda/app/welcome/default/");
    String xsrf = browser.cookie("XSRF-TOKEN").orElseThrow();
    Http.Response login = browser.postForm("/camunda/api/admin/auth/user/default/login/tasklist",
        "username=admin&password=admin", Map.of("X-XSRF-TOKEN", xsrf));
    assertThat(login.status()).isEqualTo(200);
    assertThat(login.json().get("userId").asText()).isEqualTo("admin");

    Http.Response wrong = http().postForm("/camunda/api/admin/auth/user/default/login/tasklist",
        "username=glemsk.bruker&password=feil", Map.of("X-XSRF-TOKEN", xsrf));
    assertThat(wrong.status()).isNotEqualTo(200);
  }
}
