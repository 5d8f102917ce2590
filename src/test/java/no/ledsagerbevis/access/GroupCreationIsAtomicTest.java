package no.ledsagerbevis.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;

import java.util.Map;
import no.ledsagerbevis.support.H2AppTest;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/** A failure half-way through creating a group leaves neither the group, its filter nor our row behind. */
class GroupCreationIsAtomicTest extends H2AppTest {

  @MockitoSpyBean
  AuthorizationSetup authorizations;
  @Autowired
  MunicipalityAccess access;
  @Autowired
  IdentityService identityService;
  @Autowired
  FilterService filterService;

  @Test
  void failedAuthorizationRollsBackGroupAndFilter() {
    access.ensureTenantAndAdministratorGroup("0301", "Oslo");
    doThrow(new IllegalStateException("simulert feil")).when(authorizations).grantUserGroup(anyString(), anyString());

    assertThat(asAdmin().postJson("/api/v1/kommuner/0301/grupper", Map.of("gruppenavn", "Avdeling 1")).status())
        .isEqualTo(500);

    assertThat(asAdmin().get("/api/v1/kommuner/0301/grupper").json()).isEmpty();
    assertThat(identityService.createGroupQuery().groupId("0301-avdeling-1").count()).isZero();
    assertThat(filterService.createFilterQuery().filterName("Avdeling 1 – oppgaver").count()).isZero();
  }
}
