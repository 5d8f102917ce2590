package no.ledsagerbevis.simulator;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The access tokens the simulator has issued, kept in memory until they expire. */
@Component
@ConditionalOnSimulator
class SimulatorTokens {

  private final SecureRandom random = new SecureRandom();
  private final Map<String, Instant> issued = new ConcurrentHashMap<>();
  private final SimulatorProperties properties;
  private final Clock clock;

  SimulatorTokens(SimulatorProperties properties) {
    this.properties = properties;
    this.clock = Clock.systemUTC();
  }

  String issue() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = "sim." + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant now = clock.instant();
    issued.values().removeIf(expiry -> expiry.isBefore(now));
    issued.put(token, now.plus(properties.getTokenLifetime()));
    return token;
  }

  long lifetimeSeconds() {
    return properties.getTokenLifetime().toSeconds();
  }

  boolean isValid(String token) {
    Instant expiry = token == null ? null : issued.get(token);
    return expiry != null && clock.instant().isBefore(expiry);
  }
}
