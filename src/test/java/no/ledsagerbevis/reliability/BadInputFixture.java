package no.ledsagerbevis.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import no.ledsagerbevis.access.MunicipalityAccess;
import no.ledsagerbevis.configuration.MunicipalitySettingsService;
import no.ledsagerbevis.fiks.forvaltning.ForvaltningClient;
import no.ledsagerbevis.fiks.forvaltning.Organisasjon;
import no.ledsagerbevis.support.Http;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

/**
 * The world the bad-input catalogue runs in, built through the public API as the users would build it:
 * Oslo (0301) configured, with «Avdeling 1» (ina) and «Avdeling 2» (kari), an administrator (osloadmin), one case
 * waiting in «Vurder søknad», one decided and closed, and a second configuration run waiting at «Første gangs
 * oppsett»; Bergen (4601) with its own group, user and administrator, and its configuration waiting at
 * «Innstillinger».
 */
final class BadInputFixture {

  static final String OSLO = "0301";
  static final String BERGEN = "4601";
  static final String AVDELING_1 = "0301-avdeling-1";
  static final String AVDELING_2 = "0301-avdeling-2";
  static final String BERGEN_GRUPPE = "4601-bergen-1";
  static final String PASSORD = "Hemmelig-123-passord";
  static final String SAKER_1 = "/api/v1/kommuner/" + OSLO + "/grupper/" + AVDELING_1 + "/saker";
  static final String FNR = "15838500002";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Http admin;
  private final Http anonymous;
  private final ProcessEngine engine;

  /** A case in «Vurder søknad» without a photo, and its task. */
  String openCase;
  String openTask;
  /** A case decided and closed, and the id its «Vurder søknad» had. */
  String closedCase;
  String closedTask;
  /** Oslo's second configuration run, at «Første gangs oppsett», and the account its form offers. */
  String osloFirstSetupTask;
  String osloAccount;
  /** Bergen's configuration at «Innstillinger», and the SvarUt account Bergen chose. */
  String bergenSettingsTask;
  String bergenAccount;

  BadInputFixture(Http anonymous, Http admin, ProcessEngine engine) {
    this.anonymous = anonymous;
    this.admin = admin;
    this.engine = engine;
  }

  void build(MunicipalityAccess access, ForvaltningClient forvaltning, MunicipalitySettingsService settings) {
    access.ensureTenantAndAdministratorGroup(OSLO, "Oslo");
    access.ensureTenantAndAdministratorGroup(BERGEN, "Bergen");
    created(admin.postJson("/api/v1/kommuner/" + OSLO + "/grupper", Map.of("gruppenavn", "Avdeling 1")));
    created(admin.postJson("/api/v1/kommuner/" + OSLO + "/grupper", Map.of("gruppenavn", "Avdeling 2")));
    created(admin.postJson("/api/v1/kommuner/" + BERGEN + "/grupper", Map.of("gruppenavn", "Bergen 1")));
    user(OSLO, AVDELING_1, "ina", "Ina Hansen");
    user(OSLO, AVDELING_2, "kari", "Kari Berg");
    user(BERGEN, BERGEN_GRUPPE, "berit", "Berit Bergen");
    created(admin.postJson("/api/v1/kommuner/" + OSLO + "/administratorer",
        Map.of("brukernavn", "osloadmin", "navn", "Olga Oslo", "passord", PASSORD)));
    created(admin.postJson("/api/v1/kommuner/" + BERGEN + "/administratorer",
        Map.of("brukernavn", "bergenadmin", "navn", "Bjørn Bergen", "passord", PASSORD)));

    String oslo = startConfiguration(forvaltning.hentOrganisasjon(OSLO));
    complete(awaitTask(oslo, "Task_ConfigureService"), firstSetup(offeredAccount(awaitTask(oslo,
        "Task_ConfigureService")), "Rådhuset", "0037", "Oslo", "21802180"));
    complete(awaitTask(oslo, "Task_EnterSettings"), variables(Map.of("kontaktpersoner", "drift@oslo.kommune.no",
        "utsendingBrev", "SENDE_BREV", "spraak", "BOKMAAL")));
    await().atMost(Duration.ofSeconds(90)).until(() -> settings.find(OSLO)
        .filter(s -> s.registerRolleId() != null).isPresent());

    String osloAgain = startConfiguration(forvaltning.hentOrganisasjon(OSLO));
    osloFirstSetupTask = awaitTask(osloAgain, "Task_ConfigureService");
    osloAccount = offeredAccount(osloFirstSetupTask);

    String bergen = startConfiguration(forvaltning.hentOrganisasjon(BERGEN));
    String bergenSetup = awaitTask(bergen, "Task_ConfigureService");
    bergenAccount = offeredAccount(bergenSetup);
    complete(bergenSetup, firstSetup(bergenAccount, "Postboks 7700", "5020", "Bergen", "55560000"));
    bergenSettingsTask = awaitTask(bergen, "Task_EnterSettings");

    Http ina = anonymous.as("ina", PASSORD);
    openCase = newCase(ina);
    openTask = awaitAssessment(openCase);
    closedCase = newCase(ina);
    closedTask = awaitAssessment(closedCase);
    assertThat(ina.send("PUT", SAKER_1 + "/" + closedCase + "/bilde", "image/png", png()).status()).isEqualTo(204);
    Http.Response decided = ina.postJson("/engine-rest/task/" + closedTask + "/complete", Map.of("variables",
        variables(Map.of("vedtak", "INNVILGET", "antallLedsagere", 1))));
    assertThat(decided.status()).as(decided.body()).isEqualTo(204);
    await().atMost(Duration.ofSeconds(120)).until(() -> engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(closedCase).count() == 0);
  }

  private void user(String kommune, String gruppeId, String brukernavn, String navn) {
    created(admin.postJson("/api/v1/kommuner/" + kommune + "/grupper/" + gruppeId + "/brukere",
        Map.of("brukernavn", brukernavn, "navn", navn, "passord", PASSORD)));
  }

  private String newCase(Http caseHandler) {
    Http.Response created = caseHandler.postJson(SAKER_1, Map.of("fnr", FNR, "telefonnummer", "91234567",
        "antallLedsagere", 1, "referansenummer", "UGYLDIG-DATA"));
    created(created);
    return created.json().get("saksId").asText();
  }

  private String startConfiguration(Organisasjon org) {
    Http.Response started = admin.postJson("/engine-rest/process-definition/key/ledsagerbevis-configuration/start",
        Map.of("variables", variables(Map.of("kommunenummer", org.kommunenummer(), "kommunenavn", org.navn(),
            "fiksOrgId", org.fiksOrgId(), "organisasjonsnummer", org.organisasjonsnummer()))));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    return started.json().get("id").asText();
  }

  private void complete(String taskId, Map<String, Object> variables) {
    Http.Response completed = admin.postJson("/engine-rest/task/" + taskId + "/complete",
        Map.of("variables", variables));
    assertThat(completed.status()).as(completed.body()).isEqualTo(204);
  }

  private String awaitTask(String instanceId, String taskDefinitionKey) {
    return await().atMost(Duration.ofSeconds(90)).until(() -> engine.getTaskService().createTaskQuery()
        .processInstanceId(instanceId).taskDefinitionKey(taskDefinitionKey).singleResult(), t -> t != null).getId();
  }

  private String awaitAssessment(String saksId) {
    Task task = await().atMost(Duration.ofSeconds(90)).until(() -> engine.getTaskService().createTaskQuery()
        .processInstanceBusinessKey(saksId).taskDefinitionKey("Task_AssessApplication").singleResult(),
        t -> t != null);
    return task.getId();
  }

  /** The first SvarUt account the form offers, as Tasklist reads it. */
  private String offeredAccount(String taskId) {
    JsonNode variables = admin.get("/engine-rest/task/" + taskId
        + "/form-variables?variableNames=svarUtKontoer&deserializeValues=false").json();
    try {
      return JSON.readTree(variables.at("/svarUtKontoer/value").asText()).get(0).get("value").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, Object> firstSetup(String konto, String adresse, String postnummer, String poststed,
      String telefon) {
    return variables(Map.of("svarUtKontoId", konto, "postadressenavn", adresse, "postnummer", postnummer,
        "poststed", poststed, "telefon", telefon, "godtarOpprettelse", true));
  }

  /** Engine-rest's variable map: {@code {name: {value: ...}}}. */
  static Map<String, Object> variables(Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return variables;
  }

  static byte[] png() {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB), "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The start of a real PDF: what a user's "bilde.jpg" holds when it was a scanned PDF renamed. */
  static byte[] pdf() {
    return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  private static void created(Http.Response response) {
    assertThat(response.status()).as(response.body()).isIn(200, 201);
  }
}
