package no.ledsagerbevis.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Spring MVC logs request and response bodies with toString() at debug level: no name or password there. */
class UserRecordsLogTest {

  @Test
  void userRequestHidesNameAndPassword() {
    String text = new UserRequest("ina", "Ina Hansen", "Hemmelig-passord-2026").toString();
    assertThat(text).contains("ina").doesNotContain("Hansen").doesNotContain("Hemmelig-passord-2026");
  }

  @Test
  void userViewHidesName() {
    assertThat(new UserView("ina", "Ina Hansen").toString()).contains("ina").doesNotContain("Hansen");
  }

  @Test
  void meHidesName() {
    Me.GroupRef gruppe = new Me.GroupRef("0301-avdeling-1", "Avdeling 1", true);
    String text = new Me("ina", "Ina Hansen", false, gruppe,
        List.of(new Me.Municipality("0301", "Oslo", false, List.of(gruppe)))).toString();
    assertThat(text).contains("ina", "0301-avdeling-1").doesNotContain("Hansen");
  }
}
