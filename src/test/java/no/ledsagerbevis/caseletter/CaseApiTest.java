package no.ledsagerbevis.caseletter;

import static no.ledsagerbevis.caseletter.CaseTestGroups.AVDELING_1;
import static no.ledsagerbevis.caseletter.CaseTestGroups.AVDELING_2;
import static no.ledsagerbevis.caseletter.CaseTestGroups.KOMMUNE;
import static no.ledsagerbevis.caseletter.CaseTestGroups.PASSORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import no.ledsagerbevis.access.MunicipalityAccess;
import no.ledsagerbevis.support.H2AppTest;
import no.ledsagerbevis.support.Http;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The case endpoints over HTTP: validation, photo checks, search, one case, and who may reach them. */
class CaseApiTest extends H2AppTest {

  static final String SAKER_1 = "/api/v1/kommuner/" + KOMMUNE + "/grupper/" + AVDELING_1 + "/saker";
  static final String SAKER_2 = "/api/v1/kommuner/" + KOMMUNE + "/grupper/" + AVDELING_2 + "/saker";

  @Autowired MunicipalityAccess municipalityAccess;
  @Autowired RuntimeService runtimeService;
  @Autowired CaseRepository caseRepository;

  @BeforeEach
  void groups() {
    CaseTestGroups.ensure(municipalityAccess, asAdmin());
  }

  @Test
  void createsACaseAndStartsItsProcessWithIdsAndDecisionsOnly() {
    Http.Response created = ina().postJson(SAKER_1, Map.of("fnr", "15838500002", "telefonnummer", "91234567",
        "antallLedsagere", 2, "referansenummer", "2024/123"));

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String saksId = created.json().get("saksId").asText();
    assertThat(created.header("Location")).hasValue(SAKER_1 + "/" + saksId);

    ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(saksId)
        .processDefinitionKey(ProcessVariables.PROCESS_KEY).singleResult();
    assertThat(instance.getTenantId()).isEqualTo("kommune0301");
    Map<String, Object> variables = runtimeService.getVariables(instance.getId());
    assertThat(variables.keySet()).containsExactlyInAnyOrder("saksId", "kommunenummer", "gruppeId", "antallLedsagere",
        "utlopsdato");
    assertThat(variables.values()).doesNotContain("15838500002", "91234567");
    assertThat(variables).containsEntry("utlopsdato", LocalDate.now(CaseRules.NORWAY).plusYears(2).toString());

    JsonNode sak = ina().get(SAKER_1 + "/" + saksId).json();
    assertThat(sak.get("status").asText()).isEqualTo("UNDER_BEHANDLING");
    assertThat(sak.get("eier").get("fnr").asText()).isEqualTo("15838500002");
    assertThat(sak.get("eier").get("telefonnummer").asText()).isEqualTo("91234567");
    assertThat(sak.get("antallLedsagere").asInt()).isEqualTo(2);
    assertThat(sak.get("referansenummer").asText()).isEqualTo("2024/123");
    assertThat(sak.get("opprettetAv").asText()).isEqualTo("ina");
    assertThat(sak.get("historikk").get(0).get("hendelse").asText()).isEqualTo("OPPRETTET");
  }

  @Test
  void reportsEveryBrokenRuleAtOnceInNorwegian() {
    long instancesBefore = runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessVariables.PROCESS_KEY).count();
    Http.Response response = ina().postJson(SAKER_1, Map.of("fnr", "15838500003", "telefonnummer", "22345678",
        "antallLedsagere", 3, "utlopsdato", "2001-01-01", "referansenummer", "x".repeat(41)));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    Map<String, String> feil = new HashMap<>();
    response.json().get("feil").forEach(f -> feil.put(f.get("felt").asText(), f.get("melding").asText()));
    assertThat(feil).containsOnlyKeys("fnr", "telefonnummer", "antallLedsagere", "utlopsdato", "referansenummer");
    assertThat(feil.get("fnr")).contains("kontrollsifrene");
    assertThat(feil.get("telefonnummer")).contains("mobilnummer");
    assertThat(feil.get("antallLedsagere")).isEqualTo("Antall ledsagere må være 1 eller 2.");
    assertThat(feil.get("utlopsdato")).isEqualTo("Utløpsdato må være en dato fram i tid.");
    assertThat(feil.get("referansenummer")).contains("40");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessVariables.PROCESS_KEY).count())
        .as("nothing is started for a refused request").isEqualTo(instancesBefore);
  }

  @Test
  void rejectsMissingFieldsAndAWronglyFormattedDate() {
    Http.Response response = ina().postJson(SAKER_1, Map.of("utlopsdato", "31.12.2030", "antallLedsagere", "to"));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).contains("Fødselsnummer må fylles ut.", "Telefonnummer må fylles ut.",
        "ÅÅÅÅ-MM-DD", "Antall ledsagere må være 1 eller 2.");
  }

  @Test
  void acceptsARealPngAndRejectsWhatIsNotAnImage() throws IOException {
    String sak = SAKER_1 + "/" + newCase(ina()) + "/bilde";
    assertThat(ina().get(sak).status()).as("no photo yet").isEqualTo(404);

    assertThat(ina().send("PUT", sak, "image/png", png()).status()).isEqualTo(204);
    Http.Response text = ina().send("PUT", sak, "image/png", "ikke et bilde".getBytes(StandardCharsets.UTF_8));
    assertThat(text.status()).isEqualTo(400);
    assertThat(text.body()).contains("Bildet må være JPEG eller PNG.");
    byte[] brokenJpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3, 4, 5, 6, 7, 8};
    Http.Response broken = ina().send("PUT", sak, "image/jpeg", brokenJpeg);
    assertThat(broken.status()).isEqualTo(400);
    assertThat(broken.body()).contains("skadet");
    Http.Response mismatch = ina().send("PUT", sak, "image/jpeg", png());
    assertThat(mismatch.status()).isEqualTo(400);
    assertThat(mismatch.body()).contains("stemmer ikke");
    byte[] tooLarge = new byte[PhotoCheck.MAX_BYTES + 10];
    System.arraycopy(png(), 0, tooLarge, 0, 8);
    Http.Response large = ina().send("PUT", sak, "image/png", tooLarge);
    assertThat(large.status()).isEqualTo(400);
    assertThat(large.body()).contains("5 MB");

    assertThat(ina().get(sak.replace("/bilde", "")).json().get("harBilde").asBoolean()).isTrue();
    Http.Response photo = ina().get(sak);
    assertThat(photo.status()).isEqualTo(200);
    assertThat(photo.header("Content-Type")).hasValue("image/png");
    assertThat(photo.bytes()).isEqualTo(png());
    assertThat(kari().get(sak).status()).isEqualTo(403);
    assertThat(kari().send("PUT", sak, "image/png", tooLarge).status()).as("refused before the body is read").isEqualTo(403);
    assertThat(ina().get(sak).bytes()).isEqualTo(png());
  }

  @Test
  void searchesNewestFirstByFnrAndStatusTwentyAPage() {
    String first = newCase(ina());
    String second = ina().postJson(SAKER_1, Map.of("fnr", "01819000049", "telefonnummer", "41234567",
        "antallLedsagere", 1)).json().get("saksId").asText();

    JsonNode page = ina().get(SAKER_1).json();
    assertThat(page.get("antallPerSide").asInt()).isEqualTo(20);
    assertThat(page.get("saker").get(0).get("saksId").asText()).isEqualTo(second);

    JsonNode byFnr = ina().postJson(SAKER_1 + "/sok", Map.of("fnr", "01819000049")).json();
    assertThat(byFnr.get("saker")).allSatisfy(s -> assertThat(s.get("fnr").asText()).isEqualTo("01819000049"));
    Set<String> ids = collectIds(byFnr);
    assertThat(ids).contains(second).doesNotContain(first);

    assertThat(ina().get(SAKER_1 + "?status=AKTIV").json().get("totaltAntall").asLong()).isZero();
    assertThat(ina().get(SAKER_1 + "?status=UNDER_BEHANDLING&side=0").json().get("totaltAntall").asLong())
        .isGreaterThanOrEqualTo(2);
    Http.Response badStatus = ina().postJson(SAKER_1 + "/sok", Map.of("status", "TULL", "fnr", "123"));
    assertThat(badStatus.status()).isEqualTo(400);
    assertThat(badStatus.body()).contains("Ukjent status", "Fødselsnummer");
    assertThat(ina().get(SAKER_1 + "?status=TULL").status()).isEqualTo(400);
  }

  @Test
  void searchesByNameInTheBody() {
    String saksId = newCase(ina());
    caseRepository.savePerson(saksId, new PersonName("Sara", null, "Søkbar_Nordmann"), null, false);
    JsonNode byName = ina().postJson(SAKER_1 + "/sok", Map.of("navn", "søkbar_nord")).json();
    assertThat(collectIds(byName)).containsExactly(saksId);
    assertThat(ina().postJson(SAKER_1 + "/sok", Map.of("navn", "%")).json().get("totaltAntall").asLong()).isZero();
  }

  @Test
  void onlyMembersOfTheGroupReachItsCases() {
    String saksId = newCase(ina());

    assertThat(kari().get(SAKER_1 + "/" + saksId).status()).isEqualTo(403);
    assertThat(kari().get(SAKER_1).status()).isEqualTo(403);
    assertThat(kari().postJson(SAKER_1, Map.of("fnr", "15838500002", "telefonnummer", "91234567",
        "antallLedsagere", 1)).status()).isEqualTo(403);
    assertThat(kari().get(SAKER_2 + "/" + saksId).status()).as("a case of another group is not found there")
        .isEqualTo(404);
    assertThat(http().get(SAKER_1).status()).isEqualTo(401);
    assertThat(asAdmin().get(SAKER_1 + "/" + saksId).status()).isEqualTo(200);
    assertThat(ina().get("/api/v1/kommuner/0301/grupper/0301-administratorer/saker").status()).isEqualTo(404);
    assertThat(ina().get("/api/v1/kommuner/4601/grupper/" + AVDELING_1 + "/saker").status()).isEqualTo(404);
  }

  @Test
  void aGroupWithAnOpenCaseCannotBeDeleted() {
    newCase(ina());

    Http.Response delete = asAdmin().delete("/api/v1/kommuner/" + KOMMUNE + "/grupper/" + AVDELING_1);

    assertThat(delete.status()).as(delete.body()).isEqualTo(409);
  }

  private Http ina() {
    return as("ina", PASSORD);
  }

  private Http kari() {
    return as("kari", PASSORD);
  }

  private static String newCase(Http user) {
    Http.Response created = user.postJson(SAKER_1, Map.of("fnr", "15838500002", "telefonnummer", "91234567",
        "antallLedsagere", 1));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("saksId").asText();
  }

  private static Set<String> collectIds(JsonNode page) {
    java.util.List<String> ids = new java.util.ArrayList<>();
    page.get("saker").forEach(s -> ids.add(s.get("saksId").asText()));
    return ids.stream().collect(Collectors.toSet());
  }

  static byte[] png() throws IOException {
    BufferedImage image = new BufferedImage(30, 40, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
