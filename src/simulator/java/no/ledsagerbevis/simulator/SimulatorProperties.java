package no.ledsagerbevis.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code ledsagerbevis.fiks.simulator.*}. */
@ConfigurationProperties(prefix = "ledsagerbevis.fiks.simulator")
public class SimulatorProperties {

  private boolean enabled = true;
  /** Time between two statuses of a forsendelse or an SMS; 0 makes every status final at once. */
  private Duration statusStep = Duration.ofSeconds(2);
  /** Letters to these fødselsnummer end {@code IKKE_LEVERT}. */
  private List<String> ikkeLeverbareFnr = new ArrayList<>(List.of("15838500274"));
  /** Lifetime of a simulator token (Maskinporten issues 120 seconds). */
  private Duration tokenLifetime = Duration.ofSeconds(120);
  /** Every answer of a simulated Fiks service comes this much later (slow Fiks on purpose; docs/fiks.md). */
  private Duration svarforsinkelse = Duration.ZERO;

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public Duration getStatusStep() {
    return statusStep;
  }

  public void setStatusStep(Duration statusStep) {
    this.statusStep = statusStep;
  }

  public List<String> getIkkeLeverbareFnr() {
    return ikkeLeverbareFnr;
  }

  public void setIkkeLeverbareFnr(List<String> ikkeLeverbareFnr) {
    this.ikkeLeverbareFnr = ikkeLeverbareFnr;
  }

  public Duration getTokenLifetime() {
    return tokenLifetime;
  }

  public void setTokenLifetime(Duration tokenLifetime) {
    this.tokenLifetime = tokenLifetime;
  }

  public Duration getSvarforsinkelse() {
    return svarforsinkelse;
  }

  public void setSvarforsinkelse(Duration svarforsinkelse) {
    this.svarforsinkelse = svarforsinkelse;
  }
}
