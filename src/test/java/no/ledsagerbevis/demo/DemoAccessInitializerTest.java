package no.ledsagerbevis.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import no.ledsagerbevis.access.AccessIds;
import no.ledsagerbevis.access.IdentityReconciliation;
import no.ledsagerbevis.access.MunicipalityAccess;
import no.ledsagerbevis.errors.ForbiddenException;
import no.ledsagerbevis.support.H2AppTest;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.ActiveProfiles;

/** The demo profile reproduces the example of requirement K16 (docs/requirements.md), idempotently, and says when it is ready. */
@ActiveProfiles("demo")
class DemoAccessInitializerTest extends H2AppTest {

  @Autowired
  DemoAccessInitializer initializer;
  @Autowired
  ReadyEvents readyEvents;
  @Autowired
  MunicipalityAccess access;
  @Autowired
  IdentityService identityService;
  @Autowired
  IdentityReconciliation reconciliation;

  @AfterEach
  void clearAuthentication() {
    identityService.clearAuthentication();
  }

  @Test
  void demoHasOsloWithBothDepartmentsAndTheirUsers() {
    assertThat(readyEvents.events).isNotEmpty();
    assertThat(readyEvents.events.get(0).gruppeIder()).containsExactly("0301-avdeling-1", "0301-avdeling-2");
    assertThat(as("tjenesteadmin", "demo").get("/api/v1/kommuner/0301/grupper").body())
        .contains("Avdeling 1", "Avdeling 2");
    assertThat(as("tjenesteadmin", "demo").get("/api/v1/kommuner/0301/grupper/0301-avdeling-1/brukere").body())
        .contains("\"ina\"", "\"per\"", "\"paal\"", "Pål").doesNotContain("kari");
    assertThat(as("tjenesteadmin", "demo").get("/api/v1/kommuner/0301/grupper/0301-avdeling-2/brukere").body())
        .contains("\"kari\"", "\"line\"", "\"paal\"").doesNotContain("\"ina\"");
    assertThat(as("paal", "demo").get("/api/v1/meg").json().get("kommuner").get(0).get("grupper")).hasSize(2);
    assertThat(access.hasAdministratorAndUserGroup("0301")).isTrue();
    assertThat(as("tjenesteadmin", "demo").get("/api/v1/kommuner/0301/tilgangslogg").body())
        .contains("\"utfortAv\":\"system\"", "KOMMUNE_OPPRETTET", "GRUPPE_OPPRETTET", "BRUKER_LAGT_TIL");
  }

  @Test
  void runningTheDemoSeedAgainChangesNothing() {
    String groupsBefore = as("tjenesteadmin", "demo").get("/api/v1/kommuner/0301/grupper").body();
    String membersBefore = as("tjenesteadmin", "demo").get("/api/v1/kommuner/0301/grupper/0301-avdeling-1/brukere").body();
    initializer.seed();
    assertThat(as("tjenesteadmin", "demo").get("/api/v1/kommuner/0301/grupper").body()).isEqualTo(groupsBefore);
    assertThat(as("tjenesteadmin", "demo").get("/api/v1/kommuner/0301/grupper/0301-avdeling-1/brukere").body())
        .isEqualTo(membersBefore);
    assertThat(as("tjenesteadmin", "demo").get("/api/v1/kommuner/0301/administratorer").json()).hasSize(1);
    assertThat(readyEvents.events).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void groupMemberMayActOnlyInTheActiveGroup() {
    identityService.setAuthentication("paal", List.of(access.activeGroupId("paal").orElseThrow()));
    String active = access.activeGroupId("paal").orElseThrow();
    String other = active.equals("0301-avdeling-1") ? "0301-avdeling-2" : "0301-avdeling-1";
    access.requireGroupMember("0301", active);
    assertThat(access.isGroupMember("paal", other)).isTrue();
    assertThatThrownBy(() -> access.requireGroupMember("0301", other)).isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("aktiv gruppe");
    assertThatThrownBy(() -> access.requireGroupMember("4601", active)).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> access.requireAdministrator("0301")).isInstanceOf(ForbiddenException.class);
  }

  @Test
  void administratorsMayActInAllTheirGroups() {
    identityService.setAuthentication("tjenesteadmin", List.of(AccessIds.administratorGroupId("0301")));
    access.requireAdministrator("0301");
    access.requireGroupMember("0301", "0301-avdeling-1");
    access.requireGroupMember("0301", "0301-avdeling-2");
    assertThatThrownBy(() -> access.requireAdministrator("4601")).isInstanceOf(ForbiddenException.class);
  }

  @Test
  void reconciliationUndoesHandMadeChangesInCamundaAdmin() {
    assertThat(as("tjenesteadmin", "demo").postJson("/api/v1/kommuner/0301/grupper/0301-avdeling-2/brukere",
        java.util.Map.of("brukernavn", "trine", "navn", "Trine", "passord", "Sikkert-passord-2026")).status()).isEqualTo(201);
    identityService.deleteUser("trine");
    identityService.createMembership("ina", "0301-avdeling-2");

    reconciliation.reconcile();

    assertThat(access.isGroupMember("trine", "0301-avdeling-2")).isFalse();
    assertThat(identityService.createGroupQuery().groupMember("ina").list())
        .extracting(org.camunda.bpm.engine.identity.Group::getId).containsExactly("0301-avdeling-1");
  }

  @Test
  void groupWithAnOpenCaseCannotBeDeleted() {
    assertThat(as("tjenesteadmin", "demo").postJson("/api/v1/kommuner/0301/grupper",
        java.util.Map.of("gruppenavn", "Bydel Frogner")).status()).isEqualTo(201);
    // A case under assessment, opened the only way cases are opened: through the case API.
    assertThat(as("tjenesteadmin", "demo").postJson("/api/v1/kommuner/0301/grupper/0301-bydel-frogner/saker",
        java.util.Map.of("fnr", "15838500002", "telefonnummer", "91234567", "antallLedsagere", 1)).status())
        .isEqualTo(201);

    var refused = as("tjenesteadmin", "demo").delete("/api/v1/kommuner/0301/grupper/0301-bydel-frogner");
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().get("detail").asText()).contains("åpne saker");
    assertThat(as("tjenesteadmin", "demo").get("/api/v1/kommuner/0301/grupper").body()).contains("0301-bydel-frogner");
  }

  @TestConfiguration
  static class Listener {

    @Bean
    ReadyEvents readyEvents() {
      return new ReadyEvents();
    }
  }

  static class ReadyEvents {

    final List<DemoAccessReadyEvent> events = new ArrayList<>();

    @EventListener
    void on(DemoAccessReadyEvent event) {
      events.add(event);
    }
  }
}
