package no.ledsagerbevis.fiks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FiksOrgIdTest {

  @Test
  void isItsValueWhereverItIsWrittenAndNeverBlank() {
    assertThat(new FiksOrgId("525fbe03-a761-43d6-99ad-53c8c2668033")).hasToString("525fbe03-a761-43d6-99ad-53c8c2668033")
        .isEqualTo(new FiksOrgId("525fbe03-a761-43d6-99ad-53c8c2668033"));
    assertThatThrownBy(() -> new FiksOrgId(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FiksOrgId(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
