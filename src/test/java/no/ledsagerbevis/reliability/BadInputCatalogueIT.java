package no.ledsagerbevis.reliability;

import static no.ledsagerbevis.reliability.BadInputFixture.AVDELING_1;
import static no.ledsagerbevis.reliability.BadInputFixture.BERGEN;
import static no.ledsagerbevis.reliability.BadInputFixture.BERGEN_GRUPPE;
import static no.ledsagerbevis.reliability.BadInputFixture.FNR;
import static no.ledsagerbevis.reliability.BadInputFixture.OSLO;
import static no.ledsagerbevis.reliability.BadInputFixture.PASSORD;
import static no.ledsagerbevis.reliability.BadInputFixture.SAKER_1;
import static no.ledsagerbevis.reliability.BadInputFixture.firstSetup;
import static no.ledsagerbevis.reliability.BadInputFixture.variables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.sql.DataSource;
import no.ledsagerbevis.access.MunicipalityAccess;
import no.ledsagerbevis.configuration.MunicipalitySettingsService;
import no.ledsagerbevis.fiks.forvaltning.ForvaltningClient;
import no.ledsagerbevis.support.Http;
import no.ledsagerbevis.support.PostgresIntegrationTest;
import no.ledsagerbevis.support.TableRowCounts;
import no.ledsagerbevis.support.WebappLogin;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The bad-input catalogue (docs/reliability.md, «Ugyldige data»): each case sends one piece of bad input, as the
 * API, engine-rest or Tasklist's engine API receives it from a real user, and requires a 4xx problem+json answer
 * with a Norwegian message, and every table of ours and of the engine with as many rows as before.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = "ledsagerbevis.caseletter.delivery-poll-interval=PT1S")
class BadInputCatalogueIT extends PostgresIntegrationTest {

  /** Metrics are flushed to these by a timer of the engine, whatever a request does. */
  static final Set<String> BACKGROUND_TABLES = Set.of("act_ru_meter_log");
  private static final String GRUPPER = "/api/v1/kommuner/" + OSLO + "/grupper";
  private static final String ENGINE_ENGLISH = "(?s).*(Exception|ENGINE-\\d|Cannot |Bad Request|Not Found|Forbidden"
      + "|Unsupported|Internal Server Error|must not|is null).*";

  @Autowired MunicipalityAccess municipalityAccess;
  @Autowired ForvaltningClient forvaltning;
  @Autowired MunicipalitySettingsService settings;
  @Autowired ProcessEngine engine;
  @Autowired DataSource dataSource;

  private BadInputFixture fixture;

  /** One bad input: a readable name, where it is sent, the answer it must get and a word of its message. */
  record BadInput(String navn, String hvor, Supplier<Http.Response> request, Set<Integer> statuses, String melding) {
    @Override
    public String toString() {
      return navn;
    }
  }

  @BeforeAll
  void world() {
    fixture = new BadInputFixture(http(), asAdmin(), engine);
    fixture.build(municipalityAccess, forvaltning, settings);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogue")
  void isRefusedInNorwegianAndChangesNothing(BadInput bad, CapturedOutput log) {
    awaitNoJobRunningOrDue();
    TableRowCounts before = TableRowCounts.of(dataSource, BACKGROUND_TABLES);
    int logBefore = log.length();

    Http.Response response = bad.request().get();

    assertThat(log.toString().substring(logBefore)).as("a user's mistake is no ERROR with a stack trace in the log")
        .doesNotContain("ENGINE-16004");
    assertThat(response.status()).as(bad.navn() + ": " + response).isIn(bad.statuses());
    assertThat(response.header("Content-Type").orElse("")).as(response.toString())
        .startsWith("application/problem+json");
    JsonNode problem = response.json();
    String melding = problem.hasNonNull("detail") ? problem.get("detail").asText() : problem.path("message").asText();
    assertThat(melding).as(response.toString()).contains(bad.melding()).doesNotMatch(ENGINE_ENGLISH);
    assertThat(problem.path("title").asText()).as(response.toString()).doesNotMatch(ENGINE_ENGLISH);
    if (!bad.hvor().equals("API")) {
      assertThat(problem.path("message").asText()).as("what Tasklist shows on the form: " + response)
          .contains(bad.melding());
    }
    awaitNoJobRunningOrDue();
    assertThat(before.differences(TableRowCounts.of(dataSource, BACKGROUND_TABLES)))
        .as("row counts changed by " + bad.navn()).isEmpty();
  }

  @Test
  void theCatalogueHasAtLeastFortyCasesAndTheSnapshotSeesOurAndTheEnginesTables() {
    assertThat(catalogue().count()).isGreaterThanOrEqualTo(40);
    TableRowCounts counts = TableRowCounts.of(dataSource, BACKGROUND_TABLES);
    assertThat(counts.tables()).contains("caseletter_case", "cfg_settings", "act_ru_task", "act_ru_variable",
        "act_ru_execution", "act_id_user", "act_id_group", "act_hi_procinst");
    assertThat(counts.count("caseletter_case")).isEqualTo(2);

    Http.Response created = as("osloadmin", PASSORD).postJson(GRUPPER, Map.of("gruppenavn", "Kontrollgruppe"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(counts.differences(TableRowCounts.of(dataSource, BACKGROUND_TABLES)))
        .as("a request that is carried out shows in the counts").anyMatch(d -> d.startsWith("act_id_group:"));
  }

  Stream<BadInput> catalogue() {
    List<BadInput> cases = new ArrayList<>();
    cases.addAll(caseApi());
    cases.addAll(photos());
    cases.addAll(accessApi());
    cases.addAll(settingsAndOnboardingApi());
    cases.addAll(assessmentCompletion());
    cases.addAll(configurationCompletion());
    return cases.stream();
  }

  // --- «Ny søknad» and the case API, as ina of Avdeling 1 ---------------------------------------------------------

  private List<BadInput> caseApi() {
    return List.of(
        api("fødselsnummer med bokstav", () -> ina().postJson(SAKER_1, newCase("fnr", "1583850000A")), 400,
            "Fødselsnummer"),
        api("fødselsnummer med feil kontrollsiffer", () -> ina().postJson(SAKER_1, newCase("fnr", "15838500003")),
            400, "kontrollsifrene"),
        api("fødselsnummer med 10 siffer", () -> ina().postJson(SAKER_1, newCase("fnr", "1583850000")), 400,
            "11 siffer"),
        api("SQL i fødselsnummer", () -> ina().postJson(SAKER_1, newCase("fnr", FNR + "' OR '1'='1")), 400,
            "Fødselsnummer"),
        api("telefonnummer med 7 siffer", () -> ina().postJson(SAKER_1, newCase("telefonnummer", "9123456")), 400,
            "8 siffer"),
        api("antall ledsagere 0", () -> ina().postJson(SAKER_1, newCase("antallLedsagere", 0)), 400, "1 eller 2"),
        api("antall ledsagere 3", () -> ina().postJson(SAKER_1, newCase("antallLedsagere", 3)), 400, "1 eller 2"),
        api("antall ledsagere som tekst («to»)", () -> ina().postJson(SAKER_1, newCase("antallLedsagere", "to")),
            400, "1 eller 2"),
        api("utløpsdato i fortiden", () -> ina().postJson(SAKER_1, newCase("utlopsdato", "2020-01-01")), 400,
            "fram i tid"),
        api("utløpsdato på norsk form (31.12.2030)", () -> ina().postJson(SAKER_1,
            newCase("utlopsdato", "31.12.2030")), 400, "ÅÅÅÅ-MM-DD"),
        api("referansenummer på 41 tegn", () -> ina().postJson(SAKER_1, newCase("referansenummer", "R".repeat(41))),
            400, "høyst 40 tegn"),
        api("HTML i referansenummer", () -> ina().postJson(SAKER_1,
            newCase("referansenummer", "<script>alert(1)</script>")), 400, "< eller >"),
        api("ugyldig JSON", () -> ina().send("POST", SAKER_1, "application/json",
            "{\"fnr\": \"1583850".getBytes(StandardCharsets.UTF_8)), 400, "gyldig JSON"),
        api("JSON-liste i stedet for objekt", () -> ina().send("POST", SAKER_1, "application/json",
            "[\"15838500002\"]".getBytes(StandardCharsets.UTF_8)), 400, "gyldig JSON"),
        api("tom forespørsel", () -> ina().send("POST", SAKER_1, "application/json", new byte[0]), 400,
            "gyldig JSON"),
        api("feil innholdstype (text/plain)", () -> ina().send("POST", SAKER_1, "text/plain",
            "fnr=15838500002".getBytes(StandardCharsets.UTF_8)), 415, "application/json"),
        api("ukjent brukergruppe", () -> ina().postJson("/api/v1/kommuner/" + OSLO + "/grupper/0301-finnes-ikke/saker",
            newCase("fnr", FNR)), 403, "Du har ikke tilgang til gruppen"),
        api("en annen kommunes brukergruppe", () -> ina().postJson("/api/v1/kommuner/" + BERGEN + "/grupper/"
            + BERGEN_GRUPPE + "/saker", newCase("fnr", FNR)), 403, "Du har ikke tilgang til gruppen"),
        api("en annen kommunes brukergruppe under egen kommune", () -> ina().postJson("/api/v1/kommuner/" + OSLO
            + "/grupper/" + BERGEN_GRUPPE + "/saker", newCase("fnr", FNR)), 404, "finnes ikke i kommune"),
        api("oppslag i Folkeregisteret med feil kontrollsiffer", () -> ina().postJson("/api/v1/kommuner/" + OSLO
            + "/grupper/" + AVDELING_1 + "/folkeregister/oppslag", Map.of("fnr", "15838500003")), 400,
            "kontrollsifrene"),
        api("søk med navn på 201 tegn", () -> ina().postJson(SAKER_1 + "/sok", Map.of("navn", "N".repeat(201))), 400,
            "200 tegn"),
        api("søk med ukjent status", () -> ina().postJson(SAKER_1 + "/sok", Map.of("status", "SLETTET'--")), 400,
            "Ukjent status"),
        api("ukjent sak", () -> ina().get(SAKER_1 + "/00000000-0000-0000-0000-000000000000"), 404, "finnes ikke"));
  }

  // --- The photo -------------------------------------------------------------------------------------------------

  private List<BadInput> photos() {
    return List.of(
        api("PDF omdøpt til bilde.jpg i «Ny søknad» (sak og bilde sammen)", () -> ina().send("POST", SAKER_1,
            MULTIPART, multipart(newCaseJson(), "bilde.jpg", "image/jpeg", BadInputFixture.pdf())), 400,
            "JPEG eller PNG"),
        api("PDF som bilde.jpg lastet opp til saken", () -> ina().send("PUT", bilde(fixture.openCase), "image/jpeg",
            BadInputFixture.pdf()), 400, "JPEG eller PNG"),
        api("PNG sendt som image/jpeg", () -> ina().send("PUT", bilde(fixture.openCase), "image/jpeg",
            BadInputFixture.png()), 400, "stemmer ikke"),
        api("bilde på 20 MB", () -> ina().send("PUT", bilde(fixture.openCase), "image/jpeg",
            new byte[20 * 1024 * 1024]), 413, "for stor"),
        api("tomt bilde", () -> ina().send("PUT", bilde(fixture.openCase), "image/png", new byte[0]), 400,
            "Bildet mangler"),
        api("bilde til en avsluttet sak", () -> ina().send("PUT", bilde(fixture.closedCase), "image/png",
            BadInputFixture.png()), 409, "før vedtaket"));
  }

  // --- Groups, users, passwords ----------------------------------------------------------------------------------

  private List<BadInput> accessApi() {
    return List.of(
        api("HTML i gruppenavn", () -> osloadmin().postJson(GRUPPER, Map.of("gruppenavn", "<b>Avdeling</b>")), 400,
            "< eller >"),
        api("gruppenavn på 10 000 tegn", () -> osloadmin().postJson(GRUPPER, Map.of("gruppenavn", "A".repeat(10_000))),
            400, "2–200 tegn"),
        api("tomt gruppenavn", () -> osloadmin().postJson(GRUPPER, Map.of("gruppenavn", " ")), 400, "må fylles ut"),
        api("gruppenavn som tall (JSON-type feil)", () -> osloadmin().send("POST", GRUPPER, "application/json",
            "{\"gruppenavn\": {\"navn\": 1}}".getBytes(StandardCharsets.UTF_8)), 400, "gyldig JSON"),
        api("gruppe i en annen kommune", () -> osloadmin().postJson("/api/v1/kommuner/" + BERGEN + "/grupper",
            Map.of("gruppenavn", "Avdeling 9")), 403, "Bare tjenesteadministratorer for kommune 4601"),
        api("gruppe i ukjent kommune (0000)", () -> asAdmin().postJson("/api/v1/kommuner/0000/grupper",
            Map.of("gruppenavn", "Avdeling 9")), 404, "har ikke tatt i bruk"),
        api("kommunenummer med 5 siffer", () -> asAdmin().postJson("/api/v1/kommuner/03011/grupper",
            Map.of("gruppenavn", "Avdeling 9")), 400, "4 siffer"),
        api("endre navn på en annen kommunes gruppe", () -> osloadmin().putJson(GRUPPER + "/" + BERGEN_GRUPPE,
            Map.of("gruppenavn", "Overtatt")), 404, "Fant ingen brukergruppe"),
        api("bruker i en annen kommunes gruppe", () -> osloadmin().postJson(GRUPPER + "/" + BERGEN_GRUPPE
            + "/brukere", newUser("ole", "Ole Olsen", PASSORD)), 404, "Fant ingen brukergruppe"),
        api("hente en annen kommunes bruker inn i egen gruppe", () -> osloadmin().postJson(GRUPPER + "/" + AVDELING_1
            + "/brukere", Map.of("brukernavn", "berit")), 400, "Navn må fylles ut"),
        api("SQL i brukernavn", () -> osloadmin().postJson(GRUPPER + "/" + AVDELING_1 + "/brukere",
            newUser("ole'; DROP TABLE act_id_user;--", "Ole Olsen", PASSORD)), 400, "Brukernavn"),
        api("HTML i navn", () -> osloadmin().postJson(GRUPPER + "/" + AVDELING_1 + "/brukere",
            newUser("ole", "<img src=x onerror=alert(1)>", PASSORD)), 400, "< eller >"),
        api("navn på 100 000 tegn", () -> osloadmin().postJson(GRUPPER + "/" + AVDELING_1 + "/brukere",
            newUser("ole", "O".repeat(100_000), PASSORD)), 400, "200 tegn"),
        api("svakt passord", () -> osloadmin().postJson(GRUPPER + "/" + AVDELING_1 + "/brukere",
            newUser("ole", "Ole Olsen", "passord")), 400, "minst"),
        api("passord på 129 tegn", () -> osloadmin().postJson(GRUPPER + "/" + AVDELING_1 + "/brukere",
            newUser("ole", "Ole Olsen", "Aa1-" + "x".repeat(125))), 400, "128 tegn"),
        api("administrator med ugyldig brukernavn", () -> osloadmin().postJson("/api/v1/kommuner/" + OSLO
            + "/administratorer", newUser("Ole Admin", "Ole Olsen", PASSORD)), 400, "Brukernavn"),
        api("bytte til en annen kommunes gruppe", () -> ina().putJson("/api/v1/meg/aktiv-gruppe",
            Map.of("gruppeId", BERGEN_GRUPPE)), 403, "ikke medlem av brukergruppen"),
        api("bytte til ukjent gruppe", () -> ina().putJson("/api/v1/meg/aktiv-gruppe",
            Map.of("gruppeId", "0301-finnes-ikke")), 403, "ikke medlem av brukergruppen"),
        api("nytt passord som er for svakt", () -> ina().putJson("/api/v1/meg/passord",
            Map.of("gammeltPassord", PASSORD, "nyttPassord", "kort")), 400, "minst"),
        // Last of ina's: a wrong password makes Camunda hold her logins back for a few seconds.
        api("nytt passord med feil gammelt passord", () -> ina().putJson("/api/v1/meg/passord",
            Map.of("gammeltPassord", "Feil-passord-123", "nyttPassord", "Nytt-Hemmelig-456")), 400,
            "Passordet du har nå, er feil"));
  }

  // --- Settings and onboarding -----------------------------------------------------------------------------------

  private List<BadInput> settingsAndOnboardingApi() {
    String innstillinger = "/api/v1/kommuner/" + OSLO;
    return List.of(
        api("postnummer med 3 siffer", () -> osloadmin().putJson(innstillinger, settings("postnummer", "037")), 400,
            "4 siffer"),
        api("postnummer med 5 siffer", () -> osloadmin().putJson(innstillinger, settings("postnummer", "00370")), 400,
            "4 siffer"),
        api("telefon med 7 siffer", () -> osloadmin().putJson(innstillinger, settings("telefon", "2180218")), 400,
            "8 siffer"),
        api("21 kontaktpersoner", () -> osloadmin().putJson(innstillinger, settings("kontaktpersoner",
            IntStream.rangeClosed(1, 21).mapToObj(i -> "person" + i + "@oslo.kommune.no").toList())), 400,
            "høyst 20"),
        api("ugyldig e-postadresse", () -> osloadmin().putJson(innstillinger, settings("kontaktpersoner",
            List.of("drift@oslo.kommune.no", "drift(at)oslo"))), 400, "ikke gyldig"),
        api("HTML i postadresse", () -> osloadmin().putJson(innstillinger, settings("postadressenavn",
            "<a href=//x>Rådhuset</a>")), 400, "< eller >"),
        api("ukjent utsending av vedtaksbrev", () -> osloadmin().putJson(innstillinger, settings("utsendingBrev",
            "DUE")), 400, "SENDE_BREV"),
        api("en annen kommunes SvarUt-konto", () -> osloadmin().putJson(innstillinger, settings("svarUtKontoId",
            fixture.bergenAccount)), 400, "SvarUt-konto"),
        api("endre en annen kommunes innstillinger", () -> osloadmin().putJson("/api/v1/kommuner/" + BERGEN,
            settings("telefon", "55560000")), 403, "Bare tjenesteadministratorer for kommune 4601"),
        api("onboarding av ukjent kommunenummer (0000)", () -> asAdmin().postJson("/api/v1/kommuner/0000/onboarding",
            Map.of()), 400, "ingen kommune med kommunenummer 0000"),
        api("onboarding med kommunenummer av bokstaver", () -> asAdmin().postJson("/api/v1/kommuner/osl0/onboarding",
            Map.of()), 400, "4 siffer"),
        api("onboarding av en annen kommune som administrator", () -> osloadmin().postJson("/api/v1/kommuner/"
            + BERGEN + "/onboarding", Map.of()), 403, "Bare tjenesteadministratorer for kommune 4601"));
  }

  // --- «Vurder søknad»: engine-rest and Tasklist ------------------------------------------------------------------

  private List<BadInput> assessmentCompletion() {
    return List.of(
        task("vedtak mangler", () -> complete(ina(), fixture.openTask, Map.of("begrunnelse", "Noe")), 400,
            "Velg vedtak"),
        task("ukjent vedtak", () -> complete(ina(), fixture.openTask, Map.of("vedtak", "KANSKJE")), 400,
            "Velg vedtak"),
        task("avslag uten begrunnelse", () -> complete(ina(), fixture.openTask, Map.of("vedtak", "AVSLAATT")), 400,
            "Begrunnelse må fylles ut"),
        task("begrunnelse på 4001 tegn", () -> complete(ina(), fixture.openTask, Map.of("vedtak", "AVSLAATT",
            "begrunnelse", "B".repeat(4001))), 400, "4000 tegn"),
        task("antall ledsagere 3 i vedtaket", () -> complete(ina(), fixture.openTask, Map.of("vedtak", "AVSLAATT",
            "begrunnelse", "Nei.", "antallLedsagere", 3)), 400, "1 eller 2"),
        task("utløpsdato i fortiden i vedtaket", () -> complete(ina(), fixture.openTask, Map.of("vedtak",
            "AVSLAATT", "begrunnelse", "Nei.", "antallLedsagere", 1, "utlopsdato", "2001-01-01")), 400, "fram i tid"),
        task("innvilgelse uten bilde", () -> complete(ina(), fixture.openTask, Map.of("vedtak", "INNVILGET",
            "antallLedsagere", 1)), 400, "Last opp bilde"),
        task("felt som ikke hører til skjemaet (gruppeId)", () -> complete(ina(), fixture.openTask, Map.of(
            "vedtak", "AVSLAATT", "begrunnelse", "Nei.", "gruppeId", BERGEN_GRUPPE)), 400, "hører ikke til skjemaet"),
        task("ugyldig JSON til fullføring", () -> ina().send("POST", "/engine-rest/task/" + fixture.openTask
            + "/complete", "application/json", "{\"variables\": {".getBytes(StandardCharsets.UTF_8)), 400,
            "gyldig JSON"),
        task("fullføring med feil innholdstype", () -> ina().send("POST", "/engine-rest/task/" + fixture.openTask
            + "/complete", "text/plain", "vedtak=INNVILGET".getBytes(StandardCharsets.UTF_8)), 400, "gyldig JSON"),
        task("vedtak i en sak som er avsluttet", () -> complete(ina(), fixture.closedTask, Map.of("vedtak",
            "AVSLAATT", "begrunnelse", "Nei.")), 404, "Oppgaven finnes ikke"),
        task("vedtak i en annen gruppes sak", () -> complete(as("kari", PASSORD), fixture.openTask, Map.of("vedtak",
            "AVSLAATT", "begrunnelse", "Nei.")), 404, "Oppgaven finnes ikke"),
        tasklist("Tasklist: antall ledsagere 0", () -> submitForm("ina", fixture.openTask, Map.of("variables",
            variables(Map.of("vedtak", "AVSLAATT", "begrunnelse", "Nei.", "antallLedsagere", 0)))), 400,
            "1 eller 2"),
        tasklist("Tasklist: vedtak i en sak som er avsluttet", () -> submitForm("ina", fixture.closedTask,
            Map.of("variables", variables(Map.of("vedtak", "AVSLAATT", "begrunnelse", "Nei.")))), 404,
            "Oppgaven finnes ikke"));
  }

  // --- «Første gangs oppsett» and «Innstillinger»: engine-rest and Tasklist --------------------------------------

  private List<BadInput> configurationCompletion() {
    return List.of(
        task("oppsett: postnummer med 3 siffer", () -> completeFirstSetup("037", "Oslo", "21802180"), 400,
            "4 siffer"),
        task("oppsett: postnummer med 5 siffer", () -> completeFirstSetup("00370", "Oslo", "21802180"), 400,
            "4 siffer"),
        task("oppsett: telefon med 7 siffer", () -> completeFirstSetup("0037", "Oslo", "2180218"), 400, "8 siffer"),
        task("oppsett: HTML i poststed", () -> completeFirstSetup("0037", "<i>Oslo</i>", "21802180"), 400,
            "< eller >"),
        task("oppsett: en annen kommunes SvarUt-konto", () -> complete(osloadmin(), fixture.osloFirstSetupTask,
            firstSetupValues(fixture.bergenAccount, "0037", "Oslo", "21802180")), 400, "SvarUt-konto"),
        task("innstillinger: 21 kontaktpersoner", () -> complete(bergenadmin(), fixture.bergenSettingsTask,
            settingsForm(IntStream.rangeClosed(1, 21).mapToObj(i -> "person" + i + "@bergen.kommune.no")
                .collect(Collectors.joining("\n")))), 400, "høyst 20"),
        task("innstillinger: ugyldig e-postadresse", () -> complete(bergenadmin(), fixture.bergenSettingsTask,
            settingsForm("drift@bergen\nikke en adresse")), 400, "ikke gyldig"),
        task("innstillinger: ukjent målform", () -> complete(bergenadmin(), fixture.bergenSettingsTask,
            Map.of("kontaktpersoner", "drift@bergen.kommune.no", "utsendingBrev", "SENDE_BREV", "spraak",
                "ENGELSK")), 400, "Målform"),
        task("innstillinger i en annen kommunes oppgave", () -> complete(osloadmin(), fixture.bergenSettingsTask,
            settingsForm("drift@oslo.kommune.no")), 404, "Oppgaven finnes ikke"),
        tasklist("Tasklist: 21 kontaktpersoner", () -> submitForm("bergenadmin",
            fixture.bergenSettingsTask, Map.of("variables", variables(settingsForm(
            IntStream.rangeClosed(1, 21).mapToObj(i -> "p" + i + "@bergen.kommune.no")
                .collect(Collectors.joining("\n")))))), 400, "høyst 20"),
        tasklist("Tasklist: postnummer med 5 siffer", () -> submitForm("osloadmin",
            fixture.osloFirstSetupTask, Map.of("variables", firstSetup(fixture.osloAccount,
            "Rådhuset", "00370", "Oslo", "21802180"))), 400, "4 siffer"));
  }

  // --- helpers ---------------------------------------------------------------------------------------------------

  private static final String BOUNDARY = "lb-grense";
  private static final String MULTIPART = "multipart/form-data; boundary=" + BOUNDARY;

  private static BadInput api(String navn, Supplier<Http.Response> request, int status, String melding) {
    return api(navn, request, Set.of(status), melding);
  }

  private static BadInput api(String navn, Supplier<Http.Response> request, Set<Integer> statuses, String melding) {
    return new BadInput("API: " + navn, "API", request, statuses, melding);
  }

  private static BadInput task(String navn, Supplier<Http.Response> request, int status, String melding) {
    return task(navn, request, Set.of(status), melding);
  }

  private static BadInput task(String navn, Supplier<Http.Response> request, Set<Integer> statuses,
      String melding) {
    return new BadInput("engine-rest: " + navn, "engine-rest", request, statuses, melding);
  }

  private static BadInput tasklist(String navn, Supplier<Http.Response> request, int status, String melding) {
    return new BadInput(navn, "Tasklist", request, Set.of(status), melding);
  }

  private Http.Response complete(Http user, String taskId, Map<String, Object> values) {
    return user.postJson("/engine-rest/task/" + taskId + "/complete", Map.of("variables", variables(values)));
  }

  private Http.Response completeFirstSetup(String postnummer, String poststed, String telefon) {
    return complete(osloadmin(), fixture.osloFirstSetupTask, firstSetupValues(fixture.osloAccount, postnummer,
        poststed, telefon));
  }

  private static Map<String, Object> firstSetupValues(String konto, String postnummer, String poststed,
      String telefon) {
    return Map.of("svarUtKontoId", konto, "postadressenavn", "Rådhuset", "postnummer", postnummer,
        "poststed", poststed, "telefon", telefon, "godtarOpprettelse", true);
  }

  private static Map<String, Object> settingsForm(String kontaktpersoner) {
    return Map.of("kontaktpersoner", kontaktpersoner, "utsendingBrev", "SENDE_BREV", "spraak", "BOKMAAL");
  }

  /** Oslo's settings as they are, with one value changed. */
  private Map<String, Object> settings(String field, Object value) {
    Map<String, Object> adresse = new HashMap<>(Map.of("postadressenavn", "Rådhuset", "postnummer", "0037",
        "poststed", "Oslo"));
    Map<String, Object> body = new HashMap<>(Map.of("svarUtKontoId", fixture.osloAccount, "telefon", "21802180",
        "kontaktpersoner", List.of("drift@oslo.kommune.no"), "utsendingBrev", "SENDE_BREV", "spraak", "BOKMAAL"));
    if (adresse.containsKey(field)) {
      adresse.put(field, value);
    } else {
      body.put(field, value);
    }
    body.put("postAdresse", adresse);
    return body;
  }

  private static Map<String, Object> newCase(String field, Object value) {
    Map<String, Object> body = new HashMap<>(Map.of("fnr", FNR, "telefonnummer", "91234567", "antallLedsagere", 1,
        "referansenummer", "UGYLDIG"));
    body.put(field, value);
    return body;
  }

  private static String newCaseJson() {
    return "{\"fnr\":\"" + FNR + "\",\"telefonnummer\":\"91234567\",\"antallLedsagere\":1}";
  }

  private static Map<String, Object> newUser(String brukernavn, String navn, String passord) {
    return Map.of("brukernavn", brukernavn, "navn", navn, "passord", passord);
  }

  private static byte[] multipart(String json, String filename, String photoType, byte[] photo) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"sak\"\r\n"
        + "Content-Type: application/json\r\n\r\n" + json + "\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"bilde\"; filename=\"" + filename
        + "\"\r\nContent-Type: " + photoType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(photo);
    body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return body.toByteArray();
  }

  private static String bilde(String saksId) {
    return SAKER_1 + "/" + saksId + "/bilde";
  }

  private void awaitNoJobRunningOrDue() {
    JdbcClient jdbc = JdbcClient.create(dataSource);
    await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("SELECT COUNT(*) FROM act_ru_job WHERE lock_owner_ "
        + "IS NOT NULL OR (retries_ > 0 AND suspension_state_ = 1 AND (duedate_ IS NULL OR duedate_ <= now()))")
        .query(Long.class).single() == 0);
  }

  /** As Tasklist sends a form: logged in to the webapp, with the session's CSRF token. */
  private Http.Response submitForm(String user, String taskId, Map<String, Object> body) {
    Http browser = http();
    Map<String, String> csrf = WebappLogin.login(browser, user, PASSORD, "tasklist");
    return browser.send("POST", "/camunda/api/engine/engine/default/task/" + taskId + "/submit-form",
        "application/json", json(body), csrf);
  }

  private static byte[] json(Object body) {
    try {
      return new ObjectMapper().writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private Http ina() {
    return as("ina", PASSORD);
  }

  private Http osloadmin() {
    return as("osloadmin", PASSORD);
  }

  private Http bergenadmin() {
    return as("bergenadmin", PASSORD);
  }
}
