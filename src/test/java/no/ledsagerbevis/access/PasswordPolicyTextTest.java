package no.ledsagerbevis.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.junit.jupiter.api.Test;

class PasswordPolicyTextTest {

  private final List<PasswordPolicyRule> rules = new DefaultPasswordPolicyImpl().getRules();

  @Test
  void namesWhatIsMissingAndEveryRuleOfCamundasDefaultPolicyInNorwegian() {
    User ina = new UserEntity("ina");
    List<PasswordPolicyRule> violated = rules.stream().filter(r -> !r.execute("inakortpass", ina)).toList();
    String text = PasswordPolicyText.refusal(rules, violated);
    assertThat(text).startsWith("Passordet er for svakt: det må ikke inneholde brukernavnet eller navnet, ha minst "
        + "én stor bokstav, ha minst ett siffer og ha minst ett spesialtegn (for eksempel ! - _ ? #). Reglene for "
        + "passord: et passord må ");
    assertThat(text).contains("ha minst 10 tegn", "ha minst én liten bokstav").doesNotContain("PASSWORD_POLICY");
  }
}
