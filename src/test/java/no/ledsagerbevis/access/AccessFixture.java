package no.ledsagerbevis.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import no.ledsagerbevis.support.Http;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;

/**
 * The example of requirement K16 (docs/requirements.md) built through our API, plus open tasks for each group from a test-only
 * process whose user task has the group as candidate group and a name that tells whose it is.
 */
final class AccessFixture {

  static final String PASSORD = "Sikkert-passord-2026";
  static final String AVDELING_1 = "0301-avdeling-1";
  static final String AVDELING_2 = "0301-avdeling-2";
  static final String BERGEN = "4601-avdeling-1";

  private AccessFixture() {
  }

  /** Oslo with "Avdeling 1" (ina, per, paal) and "Avdeling 2" (kari, line, paal), Bergen with berit. */
  static void build(Http admin, MunicipalityAccess access, RepositoryService repositoryService,
      RuntimeService runtimeService) {
    access.ensureTenantAndAdministratorGroup("0301", "Oslo");
    access.ensureTenantAndAdministratorGroup("4601", "Bergen");
    created(admin.postJson("/api/v1/kommuner/0301/administratorer", user("tjenesteadmin", "Tjeneste Admin")));
    created(admin.postJson("/api/v1/kommuner/4601/administratorer", user("bergenadmin", "Bergen Admin")));

    Http oslo = admin.as("tjenesteadmin", PASSORD);
    created(oslo.postJson("/api/v1/kommuner/0301/grupper", Map.of("gruppenavn", "Avdeling 1")));
    created(oslo.postJson("/api/v1/kommuner/0301/grupper", Map.of("gruppenavn", "Avdeling 2")));
    for (String[] u : new String[][] {{"ina", "Ina"}, {"per", "Per"}, {"paal", "Pål"}}) {
      created(oslo.postJson("/api/v1/kommuner/0301/grupper/" + AVDELING_1 + "/brukere", user(u[0], u[1])));
    }
    for (String[] u : new String[][] {{"kari", "Kari"}, {"line", "Line"}}) {
      created(oslo.postJson("/api/v1/kommuner/0301/grupper/" + AVDELING_2 + "/brukere", user(u[0], u[1])));
    }
    created(oslo.postJson("/api/v1/kommuner/0301/grupper/" + AVDELING_2 + "/brukere", Map.of("brukernavn", "paal")));

    Http bergen = admin.as("bergenadmin", PASSORD);
    created(bergen.postJson("/api/v1/kommuner/4601/grupper", Map.of("gruppenavn", "Avdeling 1")));
    created(bergen.postJson("/api/v1/kommuner/4601/grupper/" + BERGEN + "/brukere", user("berit", "Berit")));

    repositoryService.createDeployment().name("access-test").addClasspathResource("access/access-test-task.bpmn")
        .deploy();
    // Administrators read the municipality processes only (AuthorizationSetup); the test process is not among them.
    for (String administratorGroup : List.of("0301-administratorer", "4601-administratorer")) {
      created(admin.postJson("/engine-rest/authorization/create", Map.of("type", 1, "groupId", administratorGroup,
          "resourceType", 6, "resourceId", "access-test-task", "permissions", List.of("READ", "READ_INSTANCE"))), 200);
    }
    startTask(runtimeService, "0301", AVDELING_1, "Sak A1-en");
    startTask(runtimeService, "0301", AVDELING_1, "Sak A1-to");
    startTask(runtimeService, "0301", AVDELING_2, "Sak A2-en");
    startTask(runtimeService, "0301", AVDELING_2, "Sak A2-to");
    startTask(runtimeService, "4601", BERGEN, "Sak Bergen");
  }

  static String startTask(RuntimeService runtimeService, String kommunenummer, String gruppeId, String oppgavenavn) {
    return runtimeService.startProcessInstanceByKey("access-test-task",
        Map.of("kommunenummer", kommunenummer, "gruppeId", gruppeId, "oppgavenavn", oppgavenavn)).getId();
  }

  static Map<String, String> user(String brukernavn, String navn) {
    return Map.of("brukernavn", brukernavn, "navn", navn, "passord", PASSORD);
  }

  static Http.Response created(Http.Response response) {
    return created(response, 201);
  }

  private static Http.Response created(Http.Response response, int status) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    return response;
  }

  /** The task names in a JSON list answer of engine-rest. */
  static List<String> names(Http.Response response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return StreamSupport.stream(response.json().spliterator(), false).map(t -> t.get("name").asText()).sorted()
        .toList();
  }
}
