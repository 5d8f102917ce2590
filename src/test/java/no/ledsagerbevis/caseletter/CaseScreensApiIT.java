package no.ledsagerbevis.caseletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import no.ledsagerbevis.support.Http;
import no.ledsagerbevis.support.PostgresIntegrationTest;
import no.ledsagerbevis.support.WebappLogin;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The endpoints behind Tasklist's case screens, over HTTP on the demo data: the cases of a page of tasks, the
 * letter preview, the folkeregister look-up before «Ny søknad», and a case created with its photo.
 */
@ActiveProfiles("demo")
class CaseScreensApiIT extends PostgresIntegrationTest {

  static final String GRUPPE_1 = "/api/v1/kommuner/0301/grupper/0301-avdeling-1";
  static final String GRUPPE_2 = "/api/v1/kommuner/0301/grupper/0301-avdeling-2";

  @Autowired TaskService taskService;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void demoCasesAreReady() {
    // At least: a case created by another test may have joined the demo's two in each group.
    await().atMost(Duration.ofSeconds(120)).until(() -> assessTasks("0301-avdeling-1").size() >= 2
        && assessTasks("0301-avdeling-2").size() >= 2);
  }

  @Test
  void namesTheCasesOfTheCallersTasksInOneCall() {
    List<String> tasks = assessTasks("0301-avdeling-1").stream().map(Task::getId).toList();

    Http.Response response = ina().postJson("/api/v1/oppgaver/saker", Map.of("oppgaveIder", tasks));

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    JsonNode saker = response.json().get("saker");
    assertThat(saker).hasSize(tasks.size());
    List<String> lines = new ArrayList<>();
    saker.forEach(sak -> lines.add(sak.get("referansenummer").asText() + " " + sak.get("navn").asText()));
    assertThat(lines).contains("DEMO-1 Kari Nordmann", "DEMO-2 Ingrid Bergersen");
    saker.forEach(sak -> {
      assertThat(sak.get("gruppeId").asText()).isEqualTo("0301-avdeling-1");
      assertThat(sak.has("fnr")).as("the list needs no fødselsnummer").isFalse();
    });
  }

  @Test
  void tellsNothingAboutTasksOfAnotherGroupOrUnknownIds() {
    List<String> ids = new ArrayList<>(assessTasks("0301-avdeling-1").stream().map(Task::getId).toList());
    ids.add("finnes-ikke");

    Http.Response kari = as("kari", "demo").postJson("/api/v1/oppgaver/saker", Map.of("oppgaveIder", ids));

    assertThat(kari.status()).isEqualTo(200);
    assertThat(kari.json().get("saker")).isEmpty();
  }

  @Test
  void refusesTooManyOrMalformedTaskIdsInNorwegian() {
    List<String> many = IntStream.range(0, TaskCaseService.MAX_TASKS + 1).mapToObj(i -> "id-" + i).toList();
    Http.Response tooMany = ina().postJson("/api/v1/oppgaver/saker", Map.of("oppgaveIder", many));
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.body()).contains("Høyst 100 oppgaver");

    Http.Response malformed = ina().postJson("/api/v1/oppgaver/saker", Map.of("oppgaveIder", List.of("a'b")));
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.body()).contains("feil format");

    Http.Response empty = ina().postJson("/api/v1/oppgaver/saker", Map.of("oppgaveIder", Collections.emptyList()));
    assertThat(empty.status()).isEqualTo(400);
  }

  @Test
  void theWebappSessionReachesTheCasesOfItsTasksAndAForgedPostIsRefused() {
    List<String> tasks = assessTasks("0301-avdeling-1").stream().map(Task::getId).toList();
    byte[] body = ("{\"oppgaveIder\":[\"" + String.join("\",\"", tasks) + "\"]}").getBytes(StandardCharsets.UTF_8);
    Http browser = http();
    Map<String, String> csrf = WebappLogin.login(browser, "ina", "demo", "tasklist");

    assertThat(browser.send("POST", "/api/v1/oppgaver/saker", "application/json", body).status())
        .as("no CSRF token").isEqualTo(403);
    Http.Response withToken = browser.send("POST", "/api/v1/oppgaver/saker", "application/json", body, csrf);
    assertThat(withToken.status()).isEqualTo(200);
    assertThat(withToken.json().get("saker")).hasSize(tasks.size());
  }

  @Test
  void previewsTheLetterOfTheDecisionBeingConsideredWithoutStoringAnything() throws IOException {
    String sak = GRUPPE_1 + "/saker/" + saksId("DEMO-1");
    long letters = jdbc.sql("SELECT COUNT(*) FROM caseletter_letter").query(Long.class).single();
    int events = ina().get(sak).json().get("historikk").size();

    Http.Response innvilget = ina().get(sak + "/vedtaksbrev/forhandsvisning?vedtak=INNVILGET");
    assertThat(innvilget.status()).as(innvilget.toString()).isEqualTo(200);
    assertThat(innvilget.header("Content-Type")).hasValue("application/pdf");
    assertThat(pdfText(innvilget.bytes())).contains("innvilget", "Kari Nordmann", "Oslo kommune", "DEMO-1")
        .doesNotContain("15838500002");

    Http.Response avslag = ina().get(sak + "/vedtaksbrev/forhandsvisning?vedtak=AVSLAATT");
    assertThat(avslag.status()).isEqualTo(200);
    assertThat(pdfText(avslag.bytes())).contains("avslått", "Her kommer begrunnelsen");

    assertThat(jdbc.sql("SELECT COUNT(*) FROM caseletter_letter").query(Long.class).single()).isEqualTo(letters);
    assertThat(ina().get(sak).json().get("historikk")).hasSize(events);
  }

  @Test
  void previewHasTheCaseApisAccessAndRules() {
    String sak = GRUPPE_1 + "/saker/" + saksId("DEMO-1");
    assertThat(as("kari", "demo").get(sak + "/vedtaksbrev/forhandsvisning?vedtak=INNVILGET").status()).isEqualTo(403);
    assertThat(as("kari", "demo").get(GRUPPE_2 + "/saker/" + saksId("DEMO-1")
        + "/vedtaksbrev/forhandsvisning?vedtak=INNVILGET").status()).as("another group's case").isEqualTo(404);
    assertThat(http().get(sak + "/vedtaksbrev/forhandsvisning?vedtak=INNVILGET").status()).isEqualTo(401);
    Http.Response wrong = ina().get(sak + "/vedtaksbrev/forhandsvisning?vedtak=KANSKJE&antallLedsagere=3");
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.body()).contains("Vedtak må være INNVILGET eller AVSLAATT.", "Antall ledsagere må være 1 eller 2.");
  }

  @Test
  void looksUpAnApplicantBeforeTheCaseExists() {
    Http.Response kari = ina().postJson(GRUPPE_1 + "/folkeregister/oppslag", Map.of("fnr", "15838500002"));
    assertThat(kari.status()).as(kari.toString()).isEqualTo(200);
    assertThat(kari.json().get("navn").asText()).isEqualTo("Kari Nordmann");
    assertThat(kari.json().get("adresse").toString()).contains("Storgata 1", "0155 OSLO");
    assertThat(kari.json().get("adressebeskyttet").asBoolean()).isFalse();

    Http.Response skjermet = ina().postJson(GRUPPE_1 + "/folkeregister/oppslag", Map.of("fnr", "15838500193"));
    assertThat(skjermet.json().get("adressebeskyttet").asBoolean()).isTrue();
    assertThat(skjermet.json().get("adresse")).isEmpty();

    Http.Response invalid = ina().postJson(GRUPPE_1 + "/folkeregister/oppslag", Map.of("fnr", "15838500003"));
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.body()).contains("kontrollsifrene");
    Http.Response unknown = ina().postJson(GRUPPE_1 + "/folkeregister/oppslag", Map.of("fnr", "01819000553"));
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.body()).contains("finnes ikke i Folkeregisteret");
    assertThat(as("kari", "demo").postJson(GRUPPE_1 + "/folkeregister/oppslag", Map.of("fnr", "15838500002"))
        .status()).as("not Kari's group").isEqualTo(403);
  }

  @Test
  void createsTheCaseAndItsPhotoTogetherOrNeither() throws IOException {
    long cases = caseCount();
    Http.Response refused = ina().send("POST", GRUPPE_1 + "/saker", MULTIPART,
        multipart("{\"fnr\":\"15838500274\",\"telefonnummer\":\"12\",\"antallLedsagere\":1}", "image/png",
            "ikke et bilde".getBytes(StandardCharsets.UTF_8)));
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.body()).contains("Bildet må være JPEG eller PNG.", "telefonnummer");
    assertThat(caseCount()).as("nothing half-written").isEqualTo(cases);

    Http.Response created = ina().send("POST", GRUPPE_1 + "/saker", MULTIPART,
        multipart("{\"fnr\":\"15838500274\",\"telefonnummer\":\"91234567\",\"antallLedsagere\":2,"
            + "\"referansenummer\":\"NY-1\"}", "image/png", png()));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonNode sak = ina().get(GRUPPE_1 + "/saker/" + created.json().get("saksId").asText()).json();
    assertThat(sak.get("harBilde").asBoolean()).isTrue();
    assertThat(sak.get("antallLedsagere").asInt()).isEqualTo(2);
    assertThat(sak.get("historikk").toString()).contains("OPPRETTET", "BILDE_LASTET_OPP");
  }

  private static final String BOUNDARY = "lb-grense";
  private static final String MULTIPART = "multipart/form-data; boundary=" + BOUNDARY;

  private static byte[] multipart(String json, String photoType, byte[] photo) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"sak\"\r\n"
        + "Content-Type: application/json\r\n\r\n" + json + "\r\n").getBytes(StandardCharsets.UTF_8));
    body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"bilde\"; filename=\"foto\"\r\n"
        + "Content-Type: " + photoType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.write(photo);
    body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return body.toByteArray();
  }

  static byte[] png() throws IOException {
    BufferedImage image = new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  private static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  private long caseCount() {
    return jdbc.sql("SELECT COUNT(*) FROM caseletter_case").query(Long.class).single();
  }

  private String saksId(String referansenummer) {
    return jdbc.sql("SELECT saks_id FROM caseletter_case WHERE referansenummer = :ref")
        .param("ref", referansenummer).query(String.class).single();
  }

  private List<Task> assessTasks(String gruppeId) {
    return taskService.createTaskQuery().taskDefinitionKey("Task_AssessApplication").taskCandidateGroup(gruppeId)
        .list();
  }

  private Http ina() {
    return as("ina", "demo");
  }
}
