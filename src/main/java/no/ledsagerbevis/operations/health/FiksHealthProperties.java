package no.ledsagerbevis.operations.health;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code ledsagerbevis.operations.fiks-health.*}: how often and how patiently the Fiks services are probed. */
@ConfigurationProperties(prefix = "ledsagerbevis.operations.fiks-health")
public class FiksHealthProperties {

  /** A probe result is reused this long; the next health request after it starts a new probe in the background. */
  private Duration cacheTimeToLive = Duration.ofSeconds(30);
  /** Connect and answer time allowed per probe; a slower service counts as down. */
  private Duration timeout = Duration.ofSeconds(5);

  public Duration getCacheTimeToLive() {
    return cacheTimeToLive;
  }

  public void setCacheTimeToLive(Duration cacheTimeToLive) {
    this.cacheTimeToLive = cacheTimeToLive;
  }

  public Duration getTimeout() {
    return timeout;
  }

  public void setTimeout(Duration timeout) {
    this.timeout = timeout;
  }
}
