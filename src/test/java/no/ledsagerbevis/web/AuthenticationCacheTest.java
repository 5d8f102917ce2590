package no.ledsagerbevis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import no.ledsagerbevis.support.MutableClock;
import no.ledsagerbevis.web.AuthenticationCache.Authentication;
import org.junit.jupiter.api.Test;

class AuthenticationCacheTest {

  private static final String PASSORD = "Hemmelig-123-passord";
  private static final Authentication INA = new Authentication("ina", List.of("0301-avdeling-1"), List.of("0301"));

  private final MutableClock clock = new MutableClock();
  private final AuthenticationCache cache = new AuthenticationCache(Duration.ofSeconds(5), clock);
  private final AtomicInteger checks = new AtomicInteger();

  @Test
  void acceptedCredentialsAreCheckedOnceWithinTheTimeToLiveAndAgainAfterIt() {
    for (int i = 0; i < 10; i++) {
      assertThat(cache.forCredentials("ina", PASSORD, this::accept)).contains(INA);
    }
    assertThat(checks).hasValue(1);

    clock.advance(Duration.ofMillis(4999));
    cache.forCredentials("ina", PASSORD, this::accept);
    assertThat(checks).hasValue(1);

    clock.advance(Duration.ofMillis(1));
    cache.forCredentials("ina", PASSORD, this::accept);
    assertThat(checks).hasValue(2);
  }

  @Test
  void aRefusedPasswordIsNeverRememberedAndNeverMatchesTheGoodOne() {
    cache.forCredentials("ina", PASSORD, this::accept);
    for (int i = 0; i < 3; i++) {
      assertThat(cache.forCredentials("ina", PASSORD + "x", this::refuse)).isEmpty();
      assertThat(cache.forCredentials("per", PASSORD, this::refuse)).isEmpty();
    }
    assertThat(checks).as("every refused attempt is checked by the identity service").hasValue(7);
    assertThat(cache.size()).isEqualTo(1);
  }

  @Test
  void anIdentityWriteForgetsEverything() {
    cache.forCredentials("ina", PASSORD, this::accept);
    cache.forUser("ina", user -> INA);
    cache.invalidateAll();
    assertThat(cache.size()).isZero();
    cache.forCredentials("ina", PASSORD, this::accept);
    assertThat(checks).hasValue(2);
  }

  @Test
  void whatWasLookedUpWhileAnIdentityWriteHappenedIsNotRemembered() {
    cache.forCredentials("ina", PASSORD, () -> {
      cache.invalidateAll(); // a password change commits while the old password is being checked
      return accept();
    });
    assertThat(cache.size()).isZero();
  }

  @Test
  void aSessionUsersGroupsAreLoadedOnceWithinTheTimeToLive() {
    AtomicInteger loads = new AtomicInteger();
    for (int i = 0; i < 5; i++) {
      assertThat(cache.forUser("ina", user -> {
        loads.incrementAndGet();
        return INA;
      })).isEqualTo(INA);
    }
    clock.advance(Duration.ofSeconds(5));
    cache.forUser("ina", user -> {
      loads.incrementAndGet();
      return INA;
    });
    assertThat(loads).hasValue(2);
  }

  @Test
  void aTimeToLiveOfZeroCachesNothing() {
    AuthenticationCache off = new AuthenticationCache(Duration.ZERO, clock);
    off.forCredentials("ina", PASSORD, this::accept);
    off.forCredentials("ina", PASSORD, this::accept);
    assertThat(checks).hasValue(2);
  }

  @Test
  void theCacheHoldsNoPasswordInTheClear() throws Exception {
    cache.forCredentials("ina", PASSORD, this::accept);
    Field field = AuthenticationCache.class.getDeclaredField("byCredentials");
    field.setAccessible(true);
    Map<?, ?> entries = (Map<?, ?>) field.get(cache);
    assertThat(entries.keySet()).singleElement().asString().doesNotContain(PASSORD).doesNotContain("ina");
    assertThat(entries.values()).singleElement().asString().doesNotContain(PASSORD);
  }

  @Test
  void theCacheStaysBounded() {
    for (int i = 0; i < AuthenticationCache.MAX_ENTRIES + 10; i++) {
      cache.forCredentials("bruker" + i, PASSORD, this::accept);
    }
    assertThat(cache.size()).isLessThanOrEqualTo(AuthenticationCache.MAX_ENTRIES);
  }

  private Optional<Authentication> accept() {
    checks.incrementAndGet();
    return Optional.of(INA);
  }

  private Optional<Authentication> refuse() {
    checks.incrementAndGet();
    return Optional.empty();
  }
}
