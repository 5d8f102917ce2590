package no.ledsagerbevis.kommune;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

@SpringJUnitConfig(Kommuneregister.class)
class KommuneregisterBeanTest {

  @Autowired
  Kommuneregister kommuneregister;

  @Test
  void springCreatesTheRegisterFromTheShippedList() {
    assertThat(kommuneregister.alle()).hasSize(357);
    assertThat(kommuneregister.finnes("0301")).isTrue();
  }
}
