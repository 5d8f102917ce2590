package no.ledsagerbevis.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AccessIdsTest {

  @Test
  void tenantAndAdministratorGroupFollowTheContract() {
    assertThat(AccessIds.tenantId("0301")).isEqualTo("kommune0301");
    assertThat(AccessIds.administratorGroupId("0301")).isEqualTo("0301-administratorer");
  }

  @Test
  void theMunicipalityOfATenantIsItsFourDigitsAndNothingElse() {
    assertThat(AccessIds.kommunenummerOfTenant("kommune0301")).isEqualTo("0301");
    assertThatThrownBy(() -> AccessIds.kommunenummerOfTenant(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AccessIds.kommunenummerOfTenant("kommune030")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AccessIds.kommunenummerOfTenant("0301")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void userGroupIdIsTheMunicipalityAndASlugOfTheName() {
    assertThat(AccessIds.userGroupId("0301", "Avdeling 1")).isEqualTo("0301-avdeling-1");
    assertThat(AccessIds.userGroupId("0301", "  Bydel   Grünerløkka ")).isEqualTo("0301-bydel-grunerlokka");
    assertThat(AccessIds.userGroupId("4601", "Ærlige Åsane/Øst")).isEqualTo("4601-aerlige-asane-ost");
  }

  @Test
  void longGroupNamesStillGiveValidCamundaIds() {
    String id = AccessIds.userGroupId("0301", "Avdeling for ledsagerbevis ".repeat(8));
    assertThat(id).hasSizeLessThanOrEqualTo(61).matches("[a-zA-Z0-9][a-zA-Z0-9._-]{0,63}").doesNotEndWith("-");
  }

  @Test
  void municipalityOfAGroupIsItsFourLeadingDigits() {
    assertThat(AccessIds.kommunenummerOfGroup("0301-avdeling-1")).isEqualTo("0301");
    assertThat(AccessIds.kommunenummerOfGroup("4601-administratorer")).isEqualTo("4601");
    assertThatThrownBy(() -> AccessIds.kommunenummerOfGroup("camunda-admin")).isInstanceOf(IllegalArgumentException.class);
  }
}
