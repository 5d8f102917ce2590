package no.ledsagerbevis.access;

import static no.ledsagerbevis.access.AccessFixture.AVDELING_1;
import static no.ledsagerbevis.access.AccessFixture.AVDELING_2;
import static no.ledsagerbevis.access.AccessFixture.PASSORD;
import static no.ledsagerbevis.access.AccessFixture.created;
import static no.ledsagerbevis.access.AccessFixture.names;
import static no.ledsagerbevis.access.AccessFixture.user;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import no.ledsagerbevis.support.Http;
import no.ledsagerbevis.support.PostgresIntegrationTest;
import no.ledsagerbevis.support.WebappLogin;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the «Brukergrupper» page and «Bytt avdeling» need beyond the access API: the municipality's users with their
 * groups, «Fjern» from the service, and a switch of the active group made in Tasklist's session that Tasklist shows
 * at once (not after the webapps' authentication cache expires).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MunicipalityUsersIT extends PostgresIntegrationTest {

  private static final String WEB_TASKS = "/camunda/api/engine/engine/default/task?firstResult=0&maxResults=100";

  @Autowired
  MunicipalityAccess access;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  RuntimeService runtimeService;

  @BeforeAll
  void seedExample() {
    AccessFixture.build(asAdmin(), access, repositoryService, runtimeService);
  }

  @Test
  void listsTheMunicipalitysUsersWithTheirGroupsAndNoOneFromElsewhere() {
    Http.Response users = as("tjenesteadmin", PASSORD).get("/api/v1/kommuner/0301/brukere");
    assertThat(users.status()).as(users.toString()).isEqualTo(200);
    JsonNode paal = find(users.json(), "paal");
    assertThat(paal.get("navn").asText()).isEqualTo("Pål");
    assertThat(paal.get("grupper").toString()).contains(AVDELING_1, AVDELING_2);
    assertThat(paal.get("administrator").asBoolean()).isFalse();
    assertThat(find(users.json(), "tjenesteadmin").get("administrator").asBoolean()).isTrue();
    assertThat(users.body()).doesNotContain("berit", "bergenadmin");
  }

  @Test
  void listsTheMunicipalitiesTheCallerManages() {
    assertThat(as("tjenesteadmin", PASSORD).get("/api/v1/kommuner").body())
        .isEqualTo("[{\"kommunenummer\":\"0301\",\"kommunenavn\":\"Oslo\"}]");
    assertThat(asAdmin().get("/api/v1/kommuner").body()).contains("\"0301\"", "\"4601\"");
    assertThat(as("paal", PASSORD).get("/api/v1/kommuner").body()).isEqualTo("[]");
  }

  @Test
  void onlyTheMunicipalitysAdministratorsSeeOrRemoveItsUsers() {
    for (Http caller : new Http[] {as("ina", PASSORD), as("bergenadmin", PASSORD)}) {
      assertThat(caller.get("/api/v1/kommuner/0301/brukere").status()).isEqualTo(403);
      assertThat(caller.delete("/api/v1/kommuner/0301/brukere/per").status()).isEqualTo(403);
    }
    assertThat(access.isGroupMember("per", AVDELING_1)).isTrue();
  }

  @Test
  void removingFromTheServiceTakesEveryGroupAndTheLogin() {
    Http oslo = as("tjenesteadmin", PASSORD);
    created(oslo.postJson("/api/v1/kommuner/0301/grupper/" + AVDELING_1 + "/brukere", user("tobias", "Tobias")));
    created(oslo.postJson("/api/v1/kommuner/0301/grupper/" + AVDELING_2 + "/brukere", Map.of("brukernavn", "tobias")));
    assertThat(as("tobias", PASSORD).get("/api/v1/meg").status()).isEqualTo(200);

    assertThat(oslo.delete("/api/v1/kommuner/0301/brukere/tobias").status()).isEqualTo(204);

    assertThat(access.isGroupMember("tobias", AVDELING_1)).isFalse();
    assertThat(access.isGroupMember("tobias", AVDELING_2)).isFalse();
    assertThat(as("tobias", PASSORD).get("/api/v1/meg").status()).isEqualTo(401);
    assertThat(oslo.get("/api/v1/kommuner/0301/brukere").body()).doesNotContain("tobias");
  }

  @Test
  void theLastAdministratorCannotBeRemovedFromTheService() {
    Http.Response refused = as("tjenesteadmin", PASSORD).delete("/api/v1/kommuner/0301/brukere/tjenesteadmin");
    assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
    assertThat(refused.json().get("detail").asText()).contains("eneste tjenesteadministrator");
    assertThat(as("tjenesteadmin", PASSORD).get("/api/v1/kommuner/0301/administratorer").body())
        .contains("tjenesteadmin");
  }

  @Test
  void aUserOfAnotherMunicipalityIsNotFoundHere() {
    Http.Response response = as("tjenesteadmin", PASSORD).delete("/api/v1/kommuner/0301/brukere/berit");
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.json().get("detail").asText()).contains("ikke med i tjenesten");
    assertThat(as("berit", PASSORD).get("/api/v1/meg").status()).isEqualTo(200);
  }

  @Test
  void aSwitchInTasklistsSessionShowsTheOtherGroupsTasksAtOnce() {
    Http tasklist = http();
    Map<String, String> csrf = WebappLogin.login(tasklist, "paal", PASSORD, "tasklist");
    assertThat(names(tasklist.get(WEB_TASKS))).containsExactly("Sak A1-en", "Sak A1-to");

    Http.Response switched = tasklist.send("PUT", "/api/v1/meg/aktiv-gruppe", "application/json",
        ("{\"gruppeId\":\"" + AVDELING_2 + "\"}").getBytes(StandardCharsets.UTF_8), csrf);
    assertThat(switched.status()).as(switched.toString()).isEqualTo(200);

    // No waiting: the webapps' cached groups (5 s) were refreshed by the switch itself.
    assertThat(names(tasklist.get(WEB_TASKS))).contains("Sak A2-en", "Sak A2-to").noneMatch(n -> n.startsWith("Sak A1"));
    assertThat(tasklist.send("PUT", "/api/v1/meg/aktiv-gruppe", "application/json",
        ("{\"gruppeId\":\"" + AVDELING_1 + "\"}").getBytes(StandardCharsets.UTF_8), csrf).status()).isEqualTo(200);
    assertThat(names(tasklist.get(WEB_TASKS))).containsExactly("Sak A1-en", "Sak A1-to");
  }

  private static JsonNode find(JsonNode users, String brukernavn) {
    for (JsonNode user : users) {
      if (user.get("brukernavn").asText().equals(brukernavn)) {
        return user;
      }
    }
    throw new AssertionError("No user " + brukernavn + " in " + users);
  }
}
