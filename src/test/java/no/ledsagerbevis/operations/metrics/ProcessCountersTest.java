package no.ledsagerbevis.operations.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import no.ledsagerbevis.access.MunicipalityAccess;
import no.ledsagerbevis.support.H2AppTest;
import no.ledsagerbevis.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The business counters move when the process passes their element, once its transaction has committed. */
class ProcessCountersTest extends H2AppTest {

  private static final String SAKER = "/api/v1/kommuner/0301/grupper/0301-avdeling-1/saker";

  @Autowired
  MeterRegistry registry;

  @Autowired
  MunicipalityAccess municipalityAccess;

  @BeforeEach
  void osloWithAGroup() {
    municipalityAccess.ensureTenantAndAdministratorGroup("0301", "Oslo");
    Http.Response group = asAdmin().postJson("/api/v1/kommuner/0301/grupper", Map.of("gruppenavn", "Avdeling 1"));
    assertThat(group.status()).as(group.body()).isIn(200, 201, 409);
  }

  @Test
  void aNewCaseCountsOnceAndARefusedOneNotAtAll() {
    double before = casesOpened();
    Http.Response created = asAdmin().postJson(SAKER, Map.of("fnr", "15838500002", "telefonnummer", "91234567",
        "antallLedsagere", 1));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(casesOpened()).isEqualTo(before + 1);

    Http.Response refused = asAdmin().postJson(SAKER, Map.of("fnr", "15838500003", "telefonnummer", "91234567",
        "antallLedsagere", 1));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(casesOpened()).isEqualTo(before + 1);
  }

  @Test
  void theCounterIsScrapedUnderItsPrometheusName() {
    double value = casesOpened();
    assertThat(asAdmin().get("/actuator/prometheus").body())
        .contains("ledsagerbevis_cases_opened_total{application=\"ledsagerbevis\"} " + value);
  }

  private double casesOpened() {
    return registry.get("ledsagerbevis.cases.opened").counter().count();
  }
}
