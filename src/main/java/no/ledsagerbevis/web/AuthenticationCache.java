package no.ledsagerbevis.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Who a request is, for at most the time to live: the user, groups and tenants behind HTTP Basic credentials
 * that the identity service accepted, and the groups and tenants of a webapp session's user. Saves the
 * password hash and the group and tenant queries on every request.
 *
 * <p>Credentials are keyed by an HMAC under a key drawn at start and never stored, never by the password;
 * a refused password is never remembered. Identity writes on this node (password, user, membership, tenant)
 * empty the cache at once ({@link IdentityChangePlugin}); on another node they take effect within the time
 * to live, like the webapps' own cache (docs/access.md).
 */
public class AuthenticationCache {

  /** Beyond this many entries the expired ones are dropped, and if that is not enough, all. */
  static final int MAX_ENTRIES = 10_000;

  public record Authentication(String userId, List<String> groupIds, List<String> tenantIds) {
  }

  private record Entry(Authentication authentication, Instant expires, long generation) {
  }

  private final Duration timeToLive;
  private final Clock clock;
  private final SecretKeySpec key;
  private final Map<String, Entry> byCredentials = new ConcurrentHashMap<>();
  private final Map<String, Entry> byUser = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();

  public AuthenticationCache(Duration timeToLive) {
    this(timeToLive, Clock.systemUTC());
  }

  AuthenticationCache(Duration timeToLive, Clock clock) {
    this.timeToLive = timeToLive;
    this.clock = clock;
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
  }

  /**
   * The authentication for these credentials: from the cache, or {@code check} (which answers empty for a wrong
   * password) and then remembered. Whatever {@code check} refuses is asked again next time.
   */
  public Optional<Authentication> forCredentials(String userId, String password, Supplier<Optional<Authentication>> check) {
    String digest = digest(userId, password);
    Optional<Authentication> cached = fresh(byCredentials, digest);
    if (cached.isPresent()) {
      return cached;
    }
    long before = generation.get();
    Optional<Authentication> checked = check.get();
    checked.ifPresent(authentication -> remember(byCredentials, digest, authentication, before));
    return checked;
  }

  /** The groups and tenants of a session's user: from the cache, or loaded and remembered. */
  public Authentication forUser(String userId, Function<String, Authentication> load) {
    Optional<Authentication> cached = fresh(byUser, userId);
    if (cached.isPresent()) {
      return cached.get();
    }
    long before = generation.get();
    Authentication loaded = load.apply(userId);
    remember(byUser, userId, loaded, before);
    return loaded;
  }

  /** Forget everything, e.g. after a password or membership changed. */
  public void invalidateAll() {
    generation.incrementAndGet();
    byCredentials.clear();
    byUser.clear();
  }

  int size() {
    return byCredentials.size() + byUser.size();
  }

  private Optional<Authentication> fresh(Map<String, Entry> entries, String key) {
    Entry entry = entries.get(key);
    if (entry == null) {
      return Optional.empty();
    }
    if (entry.generation() != generation.get() || !clock.instant().isBefore(entry.expires())) {
      entries.remove(key, entry);
      return Optional.empty();
    }
    return Optional.of(entry.authentication());
  }

  /** Not remembered when an identity write happened while it was looked up: it may show the state before it. */
  private void remember(Map<String, Entry> entries, String key, Authentication authentication, long lookedUpIn) {
    if (timeToLive.isZero() || timeToLive.isNegative() || lookedUpIn != generation.get()) {
      return;
    }
    if (entries.size() >= MAX_ENTRIES) {
      Instant now = clock.instant();
      entries.values().removeIf(entry -> !now.isBefore(entry.expires()));
      if (entries.size() >= MAX_ENTRIES) {
        entries.clear();
      }
    }
    entries.put(key, new Entry(authentication, clock.instant().plus(timeToLive), lookedUpIn));
  }

  private String digest(String userId, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(userId.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
