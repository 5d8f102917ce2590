package no.ledsagerbevis.access;

import static no.ledsagerbevis.access.AccessFixture.AVDELING_1;
import static no.ledsagerbevis.access.AccessFixture.AVDELING_2;
import static no.ledsagerbevis.access.AccessFixture.PASSORD;
import static no.ledsagerbevis.access.AccessFixture.created;
import static no.ledsagerbevis.access.AccessFixture.names;
import static no.ledsagerbevis.access.AccessFixture.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.ledsagerbevis.support.Http;
import no.ledsagerbevis.support.PostgresIntegrationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** Access control (K13-K17, docs/requirements.md) over HTTP on PostgreSQL: our API, engine-rest and Tasklist filters. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessIsolationIT extends PostgresIntegrationTest {

  private static final String TASKS = "/engine-rest/task?firstResult=0&maxResults=100";
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
  void s13_administratorManagesTheServiceAndOthersGet403() {
    Http oslo = as("tjenesteadmin", PASSORD);
    created(oslo.postJson("/api/v1/kommuner/0301/administratorer", user("nestleder", "Nest Leder")));
    assertThat(oslo.get("/api/v1/kommuner/0301/administratorer").body()).contains("nestleder", "tjenesteadmin");
    assertThat(as("nestleder", PASSORD).get("/api/v1/kommuner/0301/grupper").status()).isEqualTo(200);
    assertThat(oslo.delete("/api/v1/kommuner/0301/administratorer/nestleder").status()).isEqualTo(204);

    for (Http.Response refused : List.of(
        as("ina", PASSORD).get("/api/v1/kommuner/0301/administratorer"),
        as("ina", PASSORD).postJson("/api/v1/kommuner/0301/grupper", Map.of("gruppenavn", "Egen gruppe")),
        as("paal", PASSORD).delete("/api/v1/kommuner/0301/grupper/" + AVDELING_1 + "/brukere/ina"),
        as("bergenadmin", PASSORD).get("/api/v1/kommuner/0301/grupper"))) {
      assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
      assertThat(refused.header("Content-Type").orElseThrow()).startsWith("application/problem+json");
      assertThat(refused.json().get("detail").asText()).contains("tjenesteadministratorer");
    }
    assertThat(access.hasAdministratorAndUserGroup("0301")).isTrue();
    assertThat(access.hasAdministratorAndUserGroup("5001")).isFalse();
  }

  @Test
  void s13_accessChangesAreAuditedForTheAdministrators() {
    Http.Response log = as("tjenesteadmin", PASSORD).get("/api/v1/kommuner/0301/tilgangslogg");
    assertThat(log.status()).isEqualTo(200);
    assertThat(log.body()).contains("\"utfortAv\":\"admin\"", "ADMINISTRATOR_LAGT_TIL", "GRUPPE_OPPRETTET",
        "\"utfortAv\":\"tjenesteadmin\"", "BRUKER_LAGT_TIL", "\"brukernavn\":\"ina\"")
        .doesNotContain("Pål", PASSORD);
    assertThat(as("ina", PASSORD).get("/api/v1/kommuner/0301/tilgangslogg").status()).isEqualTo(403);
  }

  @Test
  void s14_removedUserCanNoLongerLogInButCaseDataStays() {
    Http oslo = as("tjenesteadmin", PASSORD);
    created(oslo.postJson("/api/v1/kommuner/0301/grupper/" + AVDELING_2 + "/brukere", user("tore", "Tore Tang")));
    String caseInstance = AccessFixture.startTask(runtimeService, "0301", AVDELING_2, "Sak Tore");
    assertThat(as("tore", PASSORD).get("/api/v1/meg").status()).isEqualTo(200);
    assertThat(names(as("tore", PASSORD).get(TASKS))).contains("Sak Tore");
    Http toresTasklist = http();
    assertThat(webappLogin(toresTasklist, "tore", "tasklist").status()).isEqualTo(200);
    assertThat(names(toresTasklist.get(WEB_TASKS))).contains("Sak Tore");

    assertThat(oslo.delete("/api/v1/kommuner/0301/grupper/" + AVDELING_2 + "/brukere/tore").status()).isEqualTo(204);

    assertThat(as("tore", PASSORD).get("/api/v1/meg").status()).isEqualTo(401);
    assertThat(as("tore", PASSORD).get(TASKS).status()).isEqualTo(401);
    await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofSeconds(1))
        .untilAsserted(() -> assertThat(toresTasklist.get(WEB_TASKS).status()).isEqualTo(401));
    assertThat(oslo.get("/api/v1/kommuner/0301/grupper/" + AVDELING_2 + "/brukere").body()).doesNotContain("tore");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(caseInstance).count()).isEqualTo(1);
    assertThat(names(as("kari", PASSORD).get(TASKS))).contains("Sak Tore");
  }

  @Test
  void s15_usersNeedAnExistingGroupAndGroupNamesAreChecked() {
    Http oslo = as("tjenesteadmin", PASSORD);
    Http.Response noGroup = oslo.postJson("/api/v1/kommuner/0301/grupper/0301-finnes-ikke/brukere",
        user("ola", "Ola"));
    assertThat(noGroup.status()).isEqualTo(404);
    assertThat(as("ola", PASSORD).get("/api/v1/meg").status()).isEqualTo(401);

    Http.Response tooShort = oslo.postJson("/api/v1/kommuner/0301/grupper", Map.of("gruppenavn", "A"));
    assertThat(tooShort.status()).isEqualTo(400);
    assertThat(tooShort.header("Content-Type").orElseThrow()).startsWith("application/problem+json");
    assertThat(tooShort.json().get("feil").get(0).get("felt").asText()).isEqualTo("gruppenavn");
    assertThat(oslo.postJson("/api/v1/kommuner/0301/grupper", Map.of("gruppenavn", "x".repeat(201))).status())
        .isEqualTo(400);
    assertThat(oslo.postJson("/api/v1/kommuner/0301/grupper", Map.of("gruppenavn", "avdeling 1")).status())
        .isEqualTo(409);

    Http.Response badUser = oslo.postJson("/api/v1/kommuner/0301/grupper/" + AVDELING_1 + "/brukere",
        Map.of("brukernavn", "Ola Nordmann", "navn", "", "passord", "kort"));
    assertThat(badUser.status()).isEqualTo(400);
    assertThat(badUser.json().get("feil").toString()).contains("brukernavn");
    Http.Response weakPassword = oslo.postJson("/api/v1/kommuner/0301/grupper/" + AVDELING_1 + "/brukere",
        Map.of("brukernavn", "ola", "navn", "Ola", "passord", "kort"));
    assertThat(weakPassword.status()).isEqualTo(400);
    assertThat(weakPassword.json().get("feil").findValuesAsText("felt")).containsExactly("passord");
    assertThat(as("ola", "kort").get("/api/v1/meg").status()).isEqualTo(401);
  }

  @Test
  void s16_inaAndPerSeeOnlyAvdeling1() {
    for (String brukernavn : List.of("ina", "per")) {
      Http user = as(brukernavn, PASSORD);
      assertThat(names(user.get(TASKS))).containsExactly("Sak A1-en", "Sak A1-to");
      assertThat(names(user.get(filterList(AVDELING_1)))).containsExactly("Sak A1-en", "Sak A1-to");
      assertThat(user.get(filterList(AVDELING_2)).status()).isEqualTo(403);
      assertThat(filterNames(user)).containsExactly("Avdeling 1 – oppgaver");
      assertThat(user.get("/engine-rest/process-instance?firstResult=0&maxResults=100").json()).isEmpty();
      assertThat(user.get("/engine-rest/history/task?firstResult=0&maxResults=100").json()).isEmpty();
      assertThat(user.get("/api/v1/meg").json().get("kommuner").get(0).get("grupper").toString())
          .contains(AVDELING_1).doesNotContain(AVDELING_2);
    }
  }

  @Test
  void s16_kariAndLineSeeOnlyAvdeling2() {
    for (String brukernavn : List.of("kari", "line")) {
      Http user = as(brukernavn, PASSORD);
      assertThat(names(user.get(TASKS))).contains("Sak A2-en", "Sak A2-to").noneMatch(n -> n.startsWith("Sak A1"));
      assertThat(names(user.get(filterList(AVDELING_2)))).contains("Sak A2-en", "Sak A2-to")
          .noneMatch(n -> n.startsWith("Sak A1"));
      assertThat(user.get(filterList(AVDELING_1)).status()).isEqualTo(403);
      assertThat(filterNames(user)).containsExactly("Avdeling 2 – oppgaver");
    }
  }

  @Test
  void s16_paalWorksInBothGroupsButOneAtATime() {
    Http paal = as("paal", PASSORD);
    assertThat(paal.putJson("/api/v1/meg/aktiv-gruppe", Map.of("gruppeId", AVDELING_1)).status()).isEqualTo(200);
    assertThat(names(paal.get(TASKS))).containsExactly("Sak A1-en", "Sak A1-to");
    assertThat(names(paal.get(filterList(AVDELING_1)))).containsExactly("Sak A1-en", "Sak A1-to");
    assertThat(paal.get(filterList(AVDELING_2)).status()).isEqualTo(403);

    Http.Response switched = paal.putJson("/api/v1/meg/aktiv-gruppe", Map.of("gruppeId", AVDELING_2));
    assertThat(switched.status()).as(switched.toString()).isEqualTo(200);
    assertThat(switched.json().get("aktivGruppe").get("gruppeId").asText()).isEqualTo(AVDELING_2);
    assertThat(switched.json().get("kommuner").get(0).get("grupper")).hasSize(2);

    assertThat(names(paal.get(TASKS))).contains("Sak A2-en", "Sak A2-to").noneMatch(n -> n.startsWith("Sak A1"));
    assertThat(names(paal.get(filterList(AVDELING_2)))).contains("Sak A2-en").noneMatch(n -> n.startsWith("Sak A1"));
    assertThat(paal.get(filterList(AVDELING_1)).status()).isEqualTo(403);
    assertThat(access.activeGroupId("paal")).contains(AVDELING_2);

    Http.Response notMine = paal.putJson("/api/v1/meg/aktiv-gruppe", Map.of("gruppeId", AccessFixture.BERGEN));
    assertThat(notMine.status()).isEqualTo(403);
    assertThat(paal.putJson("/api/v1/meg/aktiv-gruppe", Map.of()).status()).isEqualTo(400);
    assertThat(paal.putJson("/api/v1/meg/aktiv-gruppe", Map.of("gruppeId", AVDELING_1)).status()).isEqualTo(200);
  }

  @Test
  void s16_activeGroupSwitchReachesTheTasklistSessionWithinSeconds() {
    Http browser = http();
    assertThat(webappLogin(browser, "line", "tasklist").status()).isEqualTo(200);
    assertThat(names(browser.get(WEB_TASKS))).noneMatch(n -> n.startsWith("Sak A1"));

    Http oslo = as("tjenesteadmin", PASSORD);
    created(oslo.postJson("/api/v1/kommuner/0301/grupper/" + AVDELING_1 + "/brukere", Map.of("brukernavn", "line")));
    assertThat(as("line", PASSORD).putJson("/api/v1/meg/aktiv-gruppe", Map.of("gruppeId", AVDELING_1)).status())
        .isEqualTo(200);
    await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofSeconds(1))
        .untilAsserted(() -> assertThat(names(browser.get(WEB_TASKS))).contains("Sak A1-en")
            .noneMatch(n -> n.startsWith("Sak A2")));

    assertThat(as("line", PASSORD).putJson("/api/v1/meg/aktiv-gruppe", Map.of("gruppeId", AVDELING_2)).status())
        .isEqualTo(200);
    assertThat(oslo.delete("/api/v1/kommuner/0301/grupper/" + AVDELING_1 + "/brukere/line").status()).isEqualTo(204);
  }

  @Test
  void s16_caseApiFollowsGroupsAndTheActiveGroup() {
    assertThat(as("ina", PASSORD).get(cases(AVDELING_1)).status()).isEqualTo(200);
    assertThat(as("per", PASSORD).get(cases(AVDELING_2)).status()).isEqualTo(403);
    assertThat(as("kari", PASSORD).get(cases(AVDELING_2)).status()).isEqualTo(200);
    assertThat(as("line", PASSORD).get(cases(AVDELING_1)).status()).isEqualTo(403);
    assertThat(as("berit", PASSORD).get(cases(AVDELING_1)).status()).isEqualTo(403);

    Http paal = as("paal", PASSORD);
    assertThat(paal.putJson("/api/v1/meg/aktiv-gruppe", Map.of("gruppeId", AVDELING_1)).status()).isEqualTo(200);
    assertThat(paal.get(cases(AVDELING_1)).status()).isEqualTo(200);
    Http.Response inactive = paal.get(cases(AVDELING_2));
    assertThat(inactive.status()).isEqualTo(403);
    assertThat(inactive.json().get("detail").asText()).contains("aktiv gruppe");
  }

  private static String cases(String gruppeId) {
    return "/api/v1/kommuner/0301/grupper/" + gruppeId + "/saker";
  }

  @Test
  void s17_administratorCreatesRenamesAndDeletesGroupsAndUsersFreely() {
    Http oslo = as("tjenesteadmin", PASSORD);
    Http.Response group = created(oslo.postJson("/api/v1/kommuner/0301/grupper", Map.of("gruppenavn", "Bydel Grünerløkka")));
    String gruppeId = group.json().get("gruppeId").asText();
    assertThat(gruppeId).isEqualTo("0301-bydel-grunerlokka");
    created(oslo.postJson("/api/v1/kommuner/0301/grupper/" + gruppeId + "/brukere", user("siri", "Siri Sand")));
    assertThat(oslo.get("/api/v1/kommuner/0301/grupper/" + gruppeId + "/brukere").body()).contains("siri", "Siri Sand");

    Http.Response renamed = oslo.putJson("/api/v1/kommuner/0301/grupper/" + gruppeId, Map.of("gruppenavn", "Bydel Sagene"));
    assertThat(renamed.status()).isEqualTo(200);
    assertThat(renamed.json().get("gruppeId").asText()).isEqualTo(gruppeId);
    assertThat(filterNames(as("siri", PASSORD))).containsExactly("Bydel Sagene – oppgaver");

    AccessFixture.startTask(runtimeService, "0301", gruppeId, "Sak Sagene");
    assertThat(names(as("siri", PASSORD).get(TASKS))).containsExactly("Sak Sagene");
    assertThat(oslo.delete("/api/v1/kommuner/0301/grupper/" + gruppeId).status())
        .as("a task that is not a case does not hold the group back").isEqualTo(204);
    assertThat(as("siri", PASSORD).get("/api/v1/meg").status()).isEqualTo(401);
    assertThat(oslo.get("/api/v1/kommuner/0301/grupper").body()).doesNotContain(gruppeId);
    assertThat(oslo.delete("/api/v1/kommuner/0301/grupper/" + gruppeId).status()).isEqualTo(404);
  }

  @Test
  void anotherMunicipalitysUserSeesNothingOf0301() {
    Http berit = as("berit", PASSORD);
    assertThat(names(berit.get(TASKS))).containsExactly("Sak Bergen");
    assertThat(berit.get("/engine-rest/process-instance?firstResult=0&maxResults=100").json()).isEmpty();
    assertThat(berit.get("/engine-rest/history/process-instance?tenantIdIn=kommune0301&firstResult=0&maxResults=100")
        .json()).isEmpty();
    assertThat(berit.get(filterList(AVDELING_1)).status()).isEqualTo(403);
    assertThat(berit.get("/api/v1/kommuner/0301/grupper").status()).isEqualTo(403);
    assertThat(berit.putJson("/api/v1/meg/aktiv-gruppe", Map.of("gruppeId", AVDELING_1)).status()).isEqualTo(403);
  }

  @Test
  void administratorsSeeTheirOwnMunicipalitysInstancesOnly() {
    assertThat(as("tjenesteadmin", PASSORD).get("/engine-rest/process-instance?firstResult=0&maxResults=100").json())
        .isNotEmpty().allMatch(pi -> pi.get("tenantId").asText().equals("kommune0301"));
    assertThat(as("bergenadmin", PASSORD).get("/engine-rest/process-instance?firstResult=0&maxResults=100").json())
        .hasSize(1).allMatch(pi -> pi.get("tenantId").asText().equals("kommune4601"));
    assertThat(names(as("tjenesteadmin", PASSORD).get(TASKS))).isEmpty();
  }

  @Test
  void administratorsGetCockpitAndUsersOnlyTasklist() {
    assertThat(webappLogin(http(), "tjenesteadmin", "cockpit").json().get("authorizedApps").toString())
        .contains("cockpit", "tasklist").doesNotContain("admin");
    assertThat(webappLogin(http(), "ina", "tasklist").json().get("authorizedApps").toString())
        .contains("tasklist").doesNotContain("cockpit", "admin");
    assertThat(webappLogin(http(), "ina", "cockpit").status()).isNotEqualTo(200);
  }

  /** Logs the browser-like client in to a webapp, as the login page does; the session stays in its cookies. */
  private static Http.Response webappLogin(Http browser, String brukernavn, String app) {
    browser.get("/camunda/app/welcome/default/");
    return browser.postForm("/camunda/api/admin/auth/user/default/login/" + app,
        "username=" + brukernavn + "&password=" + PASSORD, Map.of("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN").orElseThrow()));
  }

  private String filterList(String gruppeId) {
    return "/engine-rest/filter/" + filterIdOf(gruppeId) + "/list?firstResult=0&maxResults=100";
  }

  private String filterIdOf(String gruppeId) {
    String kommunenummer = AccessIds.kommunenummerOfGroup(gruppeId);
    for (var group : asAdmin().get("/api/v1/kommuner/" + kommunenummer + "/grupper").json()) {
      if (group.get("gruppeId").asText().equals(gruppeId)) {
        return group.get("tasklistFilterId").asText();
      }
    }
    throw new AssertionError("No group " + gruppeId);
  }

  private static List<String> filterNames(Http user) {
    Http.Response filters = user.get("/engine-rest/filter?resourceType=Task&firstResult=0&maxResults=100");
    assertThat(filters.status()).as(filters.toString()).isEqualTo(200);
    return filters.json().findValues("name").stream().map(n -> n.asText()).sorted().toList();
  }
}
