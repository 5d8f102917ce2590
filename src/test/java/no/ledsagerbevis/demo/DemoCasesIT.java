package no.ledsagerbevis.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import no.ledsagerbevis.configuration.MunicipalitySettingsService;
import no.ledsagerbevis.configuration.UtsendingBrev;
import no.ledsagerbevis.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

/** The demo profile: Oslo is configured to send letters, and each group has open cases ready to assess. */
@ActiveProfiles("demo")
class DemoCasesIT extends PostgresIntegrationTest {

  @Autowired MunicipalitySettingsService settings;

  @Autowired DemoCaseProperties demoCases;

  @Test
  void eachDemoGroupHasOpenCasesWithPersonAndPhotoReadyForAssessment() {
    assertThat(demoCases.saker()).containsOnlyKeys("0301-avdeling-1", "0301-avdeling-2");
    for (String gruppeId : demoCases.saker().keySet()) {
      String saker = "/api/v1/kommuner/0301/grupper/" + gruppeId + "/saker";
      // Ina works in Avdeling 1, Kari in Avdeling 2 (K16).
      String user = gruppeId.endsWith("1") ? "ina" : "kari";
      JsonNode page = await().atMost(Duration.ofSeconds(120)).until(() -> as(user, "demo").get(saker).json(),
          p -> p.has("saker") && p.get("saker").size() == demoCases.saker().get(gruppeId).size()
              && allLookedUp(p));
      for (JsonNode sak : page.get("saker")) {
        JsonNode detail = as(user, "demo").get(saker + "/" + sak.get("saksId").asText()).json();
        assertThat(detail.get("harBilde").asBoolean()).isTrue();
        assertThat(detail.get("status").asText()).isEqualTo("UNDER_BEHANDLING");
      }
    }
    assertThat(settings.get("0301").utsendingBrev()).isEqualTo(UtsendingBrev.SENDE_BREV);
    assertThat(settings.get("0301").postAdresse()).isNotNull();
    assertThat(settings.get("0301").telefon()).isNotBlank();
  }

  private static boolean allLookedUp(JsonNode page) {
    for (JsonNode sak : page.get("saker")) {
      if (!sak.hasNonNull("navn")) {
        return false;
      }
    }
    return true;
  }
}
