package no.ledsagerbevis.caseletter;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import no.ledsagerbevis.access.MunicipalityAccess;
import no.ledsagerbevis.configuration.MunicipalitySettingsService;
import no.ledsagerbevis.demo.DemoConfiguration;
import no.ledsagerbevis.fiks.forvaltning.ForvaltningClient;
import no.ledsagerbevis.support.Http;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * Sets up Oslo (0301) with the groups of requirement K16 through access's public API: "Avdeling 1" with ina,
 * "Avdeling 2" with kari, and paal in both (K16). Idempotent per app context.
 */
final class CaseTestGroups {

  static final String KOMMUNE = "0301";
  static final String AVDELING_1 = "0301-avdeling-1";
  static final String AVDELING_2 = "0301-avdeling-2";
  static final String PASSORD = "Hemmelig-123-passord";

  private CaseTestGroups() {
  }

  static void ensure(MunicipalityAccess access, Http admin) {
    access.ensureTenantAndAdministratorGroup(KOMMUNE, "Oslo");
    group(admin, "Avdeling 1");
    group(admin, "Avdeling 2");
    user(admin, AVDELING_1, "ina", "Ina Hansen");
    user(admin, AVDELING_2, "kari", "Kari Berg");
    user(admin, AVDELING_1, "paal", "Pål Olsen");
    user(admin, AVDELING_2, "paal", "Pål Olsen");
  }

  /**
   * Runs Oslo's configuration as the demo does and waits until its register role, dokumentlager and varsling
   * accounts exist; returns the SvarUt account it chose.
   */
  static String configure(ProcessEngine engine, ForvaltningClient forvaltning, MunicipalitySettingsService settings,
      Duration within) {
    String konto = new DemoConfiguration(forvaltning, engine.getRuntimeService(), engine.getTaskService())
        .configure(KOMMUNE, "Oslo");
    await().atMost(within).until(() -> settings.find(KOMMUNE)
        .filter(s -> s.registerRolleId() != null && s.dokumentlagerKontoId() != null && s.varslingKontoId() != null)
        .isPresent());
    return konto;
  }

  private static void group(Http admin, String gruppenavn) {
    Http.Response response = admin.postJson("/api/v1/kommuner/" + KOMMUNE + "/grupper", Map.of("gruppenavn", gruppenavn));
    require(response);
  }

  private static void user(Http admin, String gruppeId, String brukernavn, String navn) {
    String path = "/api/v1/kommuner/" + KOMMUNE + "/grupper/" + gruppeId + "/brukere";
    Http.Response response = admin.postJson(path, Map.of("brukernavn", brukernavn, "navn", navn, "passord", PASSORD));
    if (response.status() == 400 && response.body().contains("finnes allerede")) {
      response = admin.postJson(path, Map.of("brukernavn", brukernavn));
    }
    require(response);
  }

  private static void require(Http.Response response) {
    if (response.status() >= 300 && response.status() != 409) {
      throw new IllegalStateException("Setting up groups failed: " + response);
    }
  }
}
