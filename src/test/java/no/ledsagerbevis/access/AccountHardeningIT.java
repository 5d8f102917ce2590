package no.ledsagerbevis.access;

import static no.ledsagerbevis.access.AccessFixture.AVDELING_1;
import static no.ledsagerbevis.access.AccessFixture.BERGEN;
import static no.ledsagerbevis.access.AccessFixture.PASSORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import no.ledsagerbevis.support.Http;
import no.ledsagerbevis.support.PostgresIntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** Accounts against a hostile logged-in user: the password policy, one's own profile, other municipalities' users. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountHardeningIT extends PostgresIntegrationTest {

  private static final String BERGEN_USERS = "/api/v1/kommuner/4601/grupper/" + BERGEN + "/brukere";

  @Autowired
  MunicipalityAccess access;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  IdentityService identityService;

  @BeforeAll
  void seedExample() {
    AccessFixture.build(asAdmin(), access, repositoryService, runtimeService);
  }

  @Test
  void aWeakPasswordIsRefusedWithTheRulesInNorwegianAndNoUserIsCreated() {
    Http.Response weak = as("tjenesteadmin", PASSORD).postJson("/api/v1/kommuner/0301/grupper/" + AVDELING_1
        + "/brukere", Map.of("brukernavn", "svak", "navn", "Svein Svak", "passord", "passord123"));
    assertThat(weak.status()).isEqualTo(400);
    assertThat(weak.header("Content-Type").orElseThrow()).startsWith("application/problem+json");
    JsonNode feil = weak.json().get("feil").get(0);
    assertThat(feil.get("felt").asText()).isEqualTo("passord");
    assertThat(feil.get("melding").asText()).contains("Passordet er for svakt", "stor bokstav", "spesialtegn",
        "Reglene for passord", "minst 10 tegn", "brukernavnet eller navnet");
    assertThat(weak.body()).doesNotContain("passord123");
    assertThat(identityService.createUserQuery().userId("svak").count()).isZero();

    Http.Response nameInPassword = as("tjenesteadmin", PASSORD).postJson("/api/v1/kommuner/0301/grupper/"
        + AVDELING_1 + "/brukere", Map.of("brukernavn", "svak", "navn", "Svein Svak", "passord", "Svein-2026-abc"));
    assertThat(nameInPassword.status()).isEqualTo(400);
  }

  @Test
  void usersCannotRenameOrDeleteThemselvesThroughEngineRest() {
    Http ina = as("ina", PASSORD);
    Map<String, String> profile = Map.of("id", "ina", "firstName", "Dronning", "lastName", "Ina", "email", "");
    assertThat(ina.putJson("/engine-rest/user/ina/profile", profile).status()).isEqualTo(403);
    assertThat(ina.delete("/engine-rest/user/ina").status()).isEqualTo(403);
    assertThat(ina.get("/engine-rest/user/ina/profile").json().get("firstName").asText()).isEqualTo("Ina");
    assertThat(ina.get("/api/v1/meg").json().get("navn").asText()).isEqualTo("Ina");
  }

  @Test
  void usersCannotRenameThemselvesOnTheWebappsProfilePage() {
    Http browser = http();
    browser.get("/camunda/app/welcome/default/");
    assertThat(browser.postForm("/camunda/api/admin/auth/user/default/login/welcome",
        "username=per&password=" + PASSORD, Map.of("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN").orElseThrow()))
        .status()).isEqualTo(200);
    browser.get("/camunda/api/admin/auth/user/default");
    Map<String, String> xsrf = Map.of("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN").orElseThrow());

    Http.Response rename = browser.send("PUT", "/camunda/api/engine/engine/default/user/per/profile",
        "application/json", "{\"id\":\"per\",\"firstName\":\"Statsminister\",\"lastName\":\"Per\"}".getBytes(), xsrf);
    assertThat(rename.status()).isEqualTo(403);
    assertThat(identityService.createUserQuery().userId("per").singleResult().getFirstName()).isEqualTo("Per");
  }

  @Test
  void aUserChangesHerOwnPasswordWithTheCurrentOneAndUnderThePolicy() {
    Http line = as("line", PASSORD);
    Http.Response weak = line.putJson("/api/v1/meg/passord", Map.of("gammeltPassord", PASSORD, "nyttPassord", "kort"));
    assertThat(weak.status()).isEqualTo(400);
    assertThat(weak.json().get("feil").get(0).get("felt").asText()).isEqualTo("nyttPassord");
    assertThat(weak.body()).contains("Reglene for passord");

    assertThat(line.putJson("/api/v1/meg/passord", Map.of("gammeltPassord", PASSORD,
        "nyttPassord", "Nytt-passord-2027")).status()).isEqualTo(204);
    Http lineNow = as("line", "Nytt-passord-2027");
    assertThat(lineNow.get("/api/v1/meg").status()).isEqualTo(200);

    Http.Response wrongCurrent = lineNow.putJson("/api/v1/meg/passord",
        Map.of("gammeltPassord", PASSORD, "nyttPassord", "Enda-et-passord-9"));
    assertThat(wrongCurrent.status()).isEqualTo(400);
    assertThat(wrongCurrent.json().get("feil").get(0).get("felt").asText()).isEqualTo("gammeltPassord");
    assertThat(identityService.checkPassword("line", PASSORD)).isFalse();
  }

  @Test
  void anAdministratorCannotAddAnotherMunicipalitysUserAndLearnsNothingOfHer() {
    Http bergen = as("bergenadmin", PASSORD);
    Http.Response existingElsewhere = bergen.postJson(BERGEN_USERS, Map.of("brukernavn", "ina"));
    Http.Response nobody = bergen.postJson(BERGEN_USERS, Map.of("brukernavn", "finnes.ikke"));
    assertThat(existingElsewhere.status()).isEqualTo(400);
    assertThat(existingElsewhere.json().get("feil")).isEqualTo(nobody.json().get("feil"));
    assertThat(existingElsewhere.body()).doesNotContain("Ina");

    Http.Response takenName = bergen.postJson(BERGEN_USERS, Map.of("brukernavn", "ina", "navn", "Ina Kopi",
        "passord", "Et-annet-passord-1"));
    Http.Response operator = bergen.postJson(BERGEN_USERS, Map.of("brukernavn", "admin", "navn", "Ad Min",
        "passord", "Et-annet-passord-1"));
    assertThat(takenName.status()).isEqualTo(409);
    assertThat(operator.status()).isEqualTo(409);
    assertThat(takenName.json().get("detail").asText().replace("ina", "X"))
        .isEqualTo(operator.json().get("detail").asText().replace("admin", "X"));

    assertThat(access.isGroupMember("ina", BERGEN)).isFalse();
    assertThat(bergen.get(BERGEN_USERS).body()).doesNotContain("ina");
    assertThat(as("ina", PASSORD).get("/api/v1/meg").json().get("kommuner")).hasSize(1);
  }

  @Test
  void engineRestShowsAnAdministratorNoOtherUser() {
    Http bergen = as("bergenadmin", PASSORD);
    assertThat(ids(bergen.get("/engine-rest/user?firstResult=0&maxResults=100"))).containsExactly("bergenadmin");
    assertThat(bergen.get("/engine-rest/user/count").json().get("count").asInt()).isEqualTo(1);
    assertThat(ids(bergen.get("/engine-rest/user?firstResult=0&maxResults=100&memberOfGroup=" + AVDELING_1))).isEmpty();
    Http.Response ina = bergen.get("/engine-rest/user/ina/profile");
    Http.Response nobody = bergen.get("/engine-rest/user/finnes.ikke/profile");
    assertThat(ina.status()).isEqualTo(nobody.status()).isEqualTo(404);
    assertThat(ina.body().replace("ina", "X")).isEqualTo(nobody.body().replace("finnes.ikke", "X"));
    JsonNode groupInfo = bergen.get("/engine-rest/identity/groups?userId=ina").json();
    assertThat(groupInfo.get("groups")).isEmpty();
    assertThat(groupInfo.get("groupUsers")).isEmpty();

    assertThat(ids(as("tjenesteadmin", PASSORD).get("/engine-rest/user?firstResult=0&maxResults=100")))
        .containsExactly("tjenesteadmin");
  }

  private static List<String> ids(Http.Response response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return StreamSupport.stream(response.json().spliterator(), false).map(u -> u.get("id").asText()).toList();
  }
}
