package no.ledsagerbevis.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class EngineWriteRulesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Function<String, Optional<Set<String>>> ASSESSMENT =
      taskId -> Optional.of(Set.of("vedtak", "begrunnelse", "antallLedsagere", "utlopsdato"));

  @Test
  void refusesEveryVariableWriteButReadsPass() {
    for (String path : new String[] {"/process-instance/p1/variables", "/process-instance/p1/variables/saksId",
        "/execution/e1/localVariables/gruppeId", "/task/t1/variables", "/task/t1/localVariables/gruppeId",
        "/process-instance/p1/variables/foto/data"}) {
      assertThat(status("PUT", path, "{}")).as(path).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(status("POST", path, "{}")).as(path).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(status("DELETE", path, null)).as(path).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(status("GET", path, null)).as(path).isNull();
    }
  }

  @Test
  void refusesModificationRestartMigrationMessagesAndTaskChanges() {
    for (String path : new String[] {"/process-instance/p1/modification", "/process-instance/p1/modification-async",
        "/modification/execute", "/modification/executeAsync", "/process-definition/d1/restart", "/migration/execute",
        "/message", "/signal", "/condition", "/execution/e1/signal", "/execution/e1/messageSubscriptions/m/trigger",
        "/task/create", "/task/t1/identity-links", "/task/t1/delegate", "/task/t1/bpmnError",
        "/process-instance/variables-async"}) {
      assertThat(status("POST", path, "{}")).as(path).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(status("PUT", "/task/t1", "{}")).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void queriesAndClaimsPass() {
    for (String path : new String[] {"/task", "/task/count", "/process-instance", "/variable-instance",
        "/filter/f1/list", "/history/process-instance", "/task/t1/claim", "/task/t1/unclaim", "/external-task/count"}) {
      assertThat(status("POST", path, "{}")).as(path).isNull();
    }
  }

  @Test
  void startsFromTheBeginningOnly() {
    String start = "/process-definition/key/ledsagerbevis-decision-letter/start";
    assertThat(status("POST", start, "{\"startInstructions\":[]}")).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status("POST", start, "{\"skipCustomListeners\":true}")).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status("POST", "/process-definition/abc/submit-form", "{\"skipIoMappings\":true}"))
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status("POST", start, "{\"variables\":{}}")).isNull();
  }

  @Test
  void aCompletionCarriesItsFormsFieldsOnly() {
    assertThat(status("POST", "/task/t1/complete", "{\"variables\":{\"vedtak\":{\"value\":\"AVSLAATT\"}}}")).isNull();
    assertThat(status("POST", "/task/t1/submit-form", "{\"variables\":{\"gruppeId\":{\"value\":\"x\"}}}"))
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(status("POST", "/task/t1/resolve", "{\"variables\":{\"saksId\":{\"value\":\"x\"}}}"))
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(EngineWriteRules.judge("POST", "/task/t1/complete", "ina",
        json("{\"variables\":{\"saksId\":{},\"gruppeId\":{}}}"), ASSESSMENT).orElseThrow().detalj())
        .contains("«gruppeId», «saksId»", "antallLedsagere");
  }

  @Test
  void completingATaskThatIsGoneIsNotFoundInNorwegian() {
    EngineWriteRules.Refusal gone = EngineWriteRules.judge("POST", "/task/t9/submit-form", "ina",
        json("{\"variables\":{}}"), taskId -> Optional.empty()).orElseThrow();
    assertThat(gone.status()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(gone.detalj()).contains("Oppgaven finnes ikke");
  }

  @Test
  void aTaskIsAssignedToOneselfOnly() {
    assertThat(status("POST", "/task/t1/assignee", "{\"userId\":\"ina\"}")).isNull();
    assertThat(status("POST", "/task/t1/assignee", "{\"userId\":null}")).isNull();
    assertThat(status("POST", "/task/t1/assignee", "{\"userId\":\"kari\"}")).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void aTaskIsClaimedForOneselfOnly() {
    assertThat(status("POST", "/task/t1/claim", "{\"userId\":\"ina\"}")).isNull();
    assertThat(status("POST", "/task/t1/claim", "{\"userId\":\"kari\"}")).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void readsTheKeysOfADeployedForm() throws Exception {
    JsonNode form = json("{\"components\":[{\"type\":\"radio\",\"key\":\"vedtak\"},{\"type\":\"group\","
        + "\"path\":\"adresse\",\"components\":[{\"type\":\"textfield\",\"key\":\"poststed\"}]},"
        + "{\"type\":\"text\",\"text\":\"Les dette\"},{\"type\":\"textfield\",\"key\":\"a.b\"}]}");
    assertThat(TaskFormFields.keys(form)).containsExactlyInAnyOrder("vedtak", "adresse", "poststed", "a");
  }

  private static HttpStatus status(String method, String path, String body) {
    return EngineWriteRules.judge(method, path, "ina", body == null ? null : json(body), ASSESSMENT)
        .map(EngineWriteRules.Refusal::status).orElse(null);
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
