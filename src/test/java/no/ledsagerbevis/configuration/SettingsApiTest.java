package no.ledsagerbevis.configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.ledsagerbevis.access.MunicipalityAccess;
import no.ledsagerbevis.fiks.FiksUnavailableException;
import no.ledsagerbevis.fiks.forvaltning.ForvaltningClient;
import no.ledsagerbevis.fiks.forvaltning.Ressurs;
import no.ledsagerbevis.fiks.forvaltning.RessursStatus;
import no.ledsagerbevis.fiks.forvaltning.SvarUtKonto;
import no.ledsagerbevis.support.H2AppTest;
import no.ledsagerbevis.support.Http;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** GET/PUT /api/v1/kommuner/{k} and its audit trail over HTTP, on settings saved by the real process. */
class SettingsApiTest extends H2AppTest {

  private static final String OSLO = "0301";

  @MockitoBean
  ForvaltningClient forvaltning;

  @Autowired
  ProcessEngine processEngine;

  @Autowired
  IdentityService identityService;

  @Autowired
  MunicipalityAccess access;

  @Autowired
  JdbcTemplate jdbc;

  @BeforeEach
  void setUp() {
    // The configuration process finds the municipality's Fiks organisation by its tenant, not by a variable.
    when(forvaltning.hentOrganisasjon(OSLO)).thenReturn(
        new no.ledsagerbevis.fiks.forvaltning.Organisasjon("org-0301", "974760673", "Oslo kommune", OSLO));
    when(forvaltning.svarUtKontoer(anyString())).thenReturn(List.of(
        new SvarUtKonto("konto-ledsagerbevis", "Digitalt ledsagerbevis", true),
        new SvarUtKonto("konto-post", "Postmottak", true),
        new SvarUtKonto("konto-gammel", "Gammel konto", false)));
    when(forvaltning.opprettEllerHentRegisterRolle(anyString())).thenReturn(resource("rolle-1"));
    when(forvaltning.opprettEllerHentDokumentlagerKonto(anyString())).thenReturn(resource("dokumentlager-1"));
    when(forvaltning.opprettEllerHentVarslingKonto(anyString())).thenReturn(resource("varsling-1"));
    access.ensureTenantAndAdministratorGroup(OSLO, "Oslo");
    user("ada", OSLO + "-administratorer");
    user("vilde", null);
    if (jdbc.queryForObject("SELECT COUNT(*) FROM cfg_settings WHERE kommunenummer = ?", Integer.class, OSLO) == 0) {
      new ConfigurationRun(processEngine).configure(OSLO, "org-0301", "konto-ledsagerbevis");
    }
  }

  @Test
  void anAdministratorReadsTheSettings() {
    Http.Response response = ada().get("/api/v1/kommuner/0301");
    assertThat(response.status()).isEqualTo(200);
    JsonNode body = response.json();
    assertThat(body.get("kommunenummer").asText()).isEqualTo(OSLO);
    assertThat(body.get("svarUtKontoId").asText()).isNotBlank();
    assertThat(body.at("/postAdresse/postnummer").asText()).hasSize(4);
    assertThat(body.get("telefon").asText()).hasSize(8);
    assertThat(body.get("kontaktpersoner").isArray()).isTrue();
    assertThat(body.get("utsendingBrev").asText()).isIn("SENDE_BREV", "IKKE_SENDE_BREV");
    assertThat(body.get("spraak").asText()).isIn("BOKMAAL", "NYNORSK");
  }

  @Test
  void anAdministratorChangesEverySettingAndEachChangeIsAudited() {
    Http.Response response = ada().putJson("/api/v1/kommuner/0301", validBody("konto-post", "22000000",
        List.of("leder@oslo.kommune.no", "drift@oslo.kommune.no"), "IKKE_SENDE_BREV", "NYNORSK"));

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.json().get("svarUtKontoId").asText()).isEqualTo("konto-post");
    assertThat(response.json().get("utsendingBrev").asText()).isEqualTo("IKKE_SENDE_BREV");
    Http.Response read = ada().get("/api/v1/kommuner/0301");
    assertThat(read.json().get("spraak").asText()).isEqualTo("NYNORSK");
    assertThat(read.json().get("telefon").asText()).isEqualTo("22000000");
    assertThat(read.json().get("kontaktpersoner").toString())
        .isEqualTo("[\"leder@oslo.kommune.no\",\"drift@oslo.kommune.no\"]");

    JsonNode log = ada().get("/api/v1/kommuner/0301/endringslogg").json();
    JsonNode telefon = entry(log, "telefon", "API");
    assertThat(telefon.get("endretAv").asText()).isEqualTo("ada");
    assertThat(telefon.get("nyVerdi").asText()).isEqualTo("22000000");
    assertThat(telefon.get("tidspunkt").asText()).isNotBlank();
    assertThat(entry(log, "utsendingBrev", "API").get("nyVerdi").asText()).isEqualTo("IKKE_SENDE_BREV");
    assertThat(log.toString()).as("contact persons are logged as counts only").doesNotContain("leder@oslo");

    ada().putJson("/api/v1/kommuner/0301", validBody("konto-ledsagerbevis", "21800000",
        List.of("drift@kommune.example.no"), "SENDE_BREV", "BOKMAAL"));
  }

  @Test
  void badValuesAreRejectedFieldByFieldAndNothingIsWritten() {
    int auditBefore = auditCount();
    Map<String, Object> body = Map.of(
        "svarUtKontoId", "konto-gammel",
        "postAdresse", Map.of("postadressenavn", "", "postnummer", "101", "poststed", "Oslo"),
        "telefon", "1234",
        "kontaktpersoner", List.of("drift@oslo.kommune.no", "ikke-en-adresse", "DRIFT@oslo.kommune.no"),
        "utsendingBrev", "KANSKJE",
        "spraak", "SVENSK");

    Http.Response response = ada().putJson("/api/v1/kommuner/0301", body);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.header("Content-Type")).get().asString().startsWith("application/problem+json");
    assertThat(fieldsWithErrors(response.json())).containsExactly("svarUtKontoId", "postAdresse.postadressenavn",
        "postAdresse.postnummer", "telefon", "kontaktpersoner[1]", "kontaktpersoner[2]", "utsendingBrev", "spraak");
    assertThat(response.json().get("detail").asText()).contains("Postnummer må bestå av nøyaktig 4 siffer.");
    assertThat(auditCount()).isEqualTo(auditBefore);
    assertThat(ada().get("/api/v1/kommuner/0301").json().get("telefon").asText()).isEqualTo("21800000");
  }

  @Test
  void moreThanTwentyContactPersonsAreRejected() {
    List<String> many = new ArrayList<>();
    for (int i = 1; i <= 21; i++) {
      many.add("person" + i + "@oslo.kommune.no");
    }
    Http.Response response = ada().putJson("/api/v1/kommuner/0301",
        validBody("konto-ledsagerbevis", "21800000", many, "SENDE_BREV", "BOKMAAL"));
    assertThat(response.status()).isEqualTo(400);
    assertThat(fieldsWithErrors(response.json())).containsExactly("kontaktpersoner");
  }

  @Test
  void aMissingAddressIsAFieldErrorNotAServerError() {
    Http.Response response = ada().putJson("/api/v1/kommuner/0301", "{\"svarUtKontoId\":\"konto-post\"}");
    assertThat(response.status()).isEqualTo(400);
    assertThat(fieldsWithErrors(response.json())).contains("postAdresse", "telefon", "kontaktpersoner",
        "utsendingBrev", "spraak");
  }

  @Test
  void aUserWhoIsNotAnAdministratorOfTheMunicipalityIsRefused() {
    Http.Response read = as("vilde", "Passord-123").get("/api/v1/kommuner/0301");
    Http.Response write = as("vilde", "Passord-123").putJson("/api/v1/kommuner/0301",
        validBody("konto-post", "22000000", List.of("a@oslo.kommune.no"), "SENDE_BREV", "BOKMAAL"));
    Http.Response log = as("vilde", "Passord-123").get("/api/v1/kommuner/0301/endringslogg");
    assertThat(List.of(read.status(), write.status(), log.status())).containsOnly(403);
    assertThat(read.header("Content-Type")).get().asString().startsWith("application/problem+json");
  }

  @Test
  void aMunicipalityWithoutConfigurationIsNotFound() {
    Http.Response response = asAdmin().get("/api/v1/kommuner/4601");
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.json().get("detail").asText()).contains("har ikke fullført konfigurasjonen");
    assertThat(asAdmin().putJson("/api/v1/kommuner/4601", validBody("konto-post", "22000000",
        List.of("a@bergen.kommune.no"), "SENDE_BREV", "BOKMAAL")).status()).isEqualTo(404);
  }

  @Test
  void aMalformedMunicipalityNumberIsABadRequest() {
    Http.Response response = asAdmin().get("/api/v1/kommuner/oslo");
    assertThat(response.status()).isEqualTo(400);
    assertThat(fieldsWithErrors(response.json())).containsExactly("kommunenummer");
  }

  @Test
  void whenFiksCannotCheckTheAccountNothingIsSaved() {
    when(forvaltning.svarUtKontoer(anyString())).thenThrow(new FiksUnavailableException("connection refused"));
    int auditBefore = auditCount();
    Http.Response response = ada().putJson("/api/v1/kommuner/0301",
        validBody("konto-post", "22000000", List.of("a@oslo.kommune.no"), "SENDE_BREV", "BOKMAAL"));
    assertThat(response.status()).isEqualTo(503);
    assertThat(response.json().get("detail").asText()).contains("Ingenting er lagret");
    assertThat(auditCount()).isEqualTo(auditBefore);
  }

  private Http ada() {
    return as("ada", "Passord-123");
  }

  private static Map<String, Object> validBody(String konto, String telefon, List<String> kontaktpersoner,
      String utsendingBrev, String spraak) {
    return Map.of("svarUtKontoId", konto,
        "postAdresse", Map.of("postadressenavn", "Postboks 1 Sentrum", "postnummer", "0030", "poststed", "Oslo"),
        "telefon", telefon, "kontaktpersoner", kontaktpersoner, "utsendingBrev", utsendingBrev, "spraak", spraak);
  }

  private static List<String> fieldsWithErrors(JsonNode problem) {
    List<String> fields = new ArrayList<>();
    problem.get("feil").forEach(error -> fields.add(error.get("felt").asText()));
    return fields;
  }

  private static JsonNode entry(JsonNode log, String felt, String kilde) {
    for (JsonNode entry : log) {
      if (entry.get("felt").asText().equals(felt) && entry.get("kilde").asText().equals(kilde)) {
        return entry;
      }
    }
    throw new AssertionError("No audit entry for " + felt + " from " + kilde + " in " + log);
  }

  private int auditCount() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM cfg_settings_change", Integer.class);
  }

  private void user(String id, String groupId) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setFirstName(id);
      user.setLastName("Test");
      user.setPassword("Passord-123");
      identityService.saveUser(user);
      if (groupId != null) {
        identityService.createMembership(id, groupId);
      }
    }
  }

  private static Ressurs resource(String id) {
    return new Ressurs(id, RessursStatus.OPPRETTET, false);
  }
}
