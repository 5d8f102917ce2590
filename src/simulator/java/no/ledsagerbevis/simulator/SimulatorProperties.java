package no.ledsagerbevis.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code ledsagerbevis.fiks.simulator.*}. */
@ConfigurationProperties(prefix = "ledsagerbevis.fiks.simulator")
public class SimulatorProperties {

  private boolean enabled;
  /** The simulator on PostgreSQL (a database that may be a real one) only when asked for by name. */
  private boolean allowOnPostgresql;
  /** The simulator's own connection pool; without a URL it opens the app's database. */
  private final Datasource datasource = new Datasource();
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

  public boolean isAllowOnPostgresql() {
    return allowOnPostgresql;
  }

  public void setAllowOnPostgresql(boolean allowOnPostgresql) {
    this.allowOnPostgresql = allowOnPostgresql;
  }

  public Datasource getDatasource() {
    return datasource;
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

  /** {@code ledsagerbevis.fiks.simulator.datasource.*}. */
  public static class Datasource {
    private String url;
    private String username;
    private String password;
    private int maximumPoolSize = 4;

    public String getUrl() {
      return url;
    }

    public void setUrl(String url) {
      this.url = url;
    }

    public String getUsername() {
      return username;
    }

    public void setUsername(String username) {
      this.username = username;
    }

    public String getPassword() {
      return password;
    }

    public void setPassword(String password) {
      this.password = password;
    }

    public int getMaximumPoolSize() {
      return maximumPoolSize;
    }

    public void setMaximumPoolSize(int maximumPoolSize) {
      this.maximumPoolSize = maximumPoolSize;
    }
  }
}
