package no.ledsagerbevis.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import no.ledsagerbevis.fiks.FiksJobDuration;
import no.ledsagerbevis.fiks.FiksProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

class JobLockTimeGuardTest {

  @Test
  void theShippedConfigurationRecoversWithinFiveMinutesAndNeverRunsAJobTwice() throws IOException {
    Binder binder = shippedConfiguration();
    Duration lockTime = Duration.ofMillis(binder.bind("camunda.bpm.job-execution.lock-time-in-millis", Long.class).get());
    Duration maxWait = Duration.ofMillis(binder.bind("camunda.bpm.job-execution.max-wait", Long.class).get());
    FiksProperties fiks = binder.bind("ledsagerbevis.fiks", FiksProperties.class).get();

    assertThat(lockTime.plus(maxWait)).as("a killed node's jobs are retried within 5 minutes")
        .isLessThanOrEqualTo(Duration.ofMinutes(5));
    assertThatCode(() -> new JobLockTimeGuard(lockTime, new FiksJobDuration(fiks)).afterPropertiesSet())
        .doesNotThrowAnyException();
    FiksJobDuration jobs = new FiksJobDuration(fiks);
    assertThat(jobs.longestJob().name()).isEqualTo("Send signert tjenestebilag");
    // 3 calls, each a token (2 x 5 s) and connect 3 s; reads 15 s, 15 s and the send's 45 s.
    assertThat(jobs.worstCase(jobs.longestJob())).isEqualTo(Duration.ofSeconds(114));
  }

  @Test
  void refusesKsSixteenMinuteSendTimeoutWithAFourMinuteLock() {
    FiksProperties fiks = new FiksProperties();
    fiks.setSvarutSendReadTimeout(Duration.ofMinutes(16));
    JobLockTimeGuard guard = new JobLockTimeGuard(Duration.ofMinutes(4), new FiksJobDuration(fiks));
    assertThatThrownBy(guard::afterPropertiesSet)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("lock-time-in-millis = 240000")
        .hasMessageContaining("Send signert tjenestebilag");
  }

  @Test
  void theLockMustBeLongerThanTwoOfTheLongestJobs() {
    FiksProperties fiks = new FiksProperties();
    Duration worstCase = new FiksJobDuration(fiks).worstCase(new FiksJobDuration(fiks).longestJob());
    Duration exactlyTwice = worstCase.multipliedBy(2);

    assertThatThrownBy(new JobLockTimeGuard(exactlyTwice, new FiksJobDuration(fiks))::afterPropertiesSet)
        .isInstanceOf(IllegalStateException.class);
    assertThatCode(new JobLockTimeGuard(exactlyTwice.plusMillis(1), new FiksJobDuration(fiks))::afterPropertiesSet)
        .doesNotThrowAnyException();
  }

  @Test
  void aSlowTokenEndpointCountsOncePerCall() {
    FiksProperties fiks = new FiksProperties();
    Duration before = new FiksJobDuration(fiks).worstCase(new FiksJobDuration(fiks).longestJob());
    fiks.getMaskinporten().setTimeout(fiks.getMaskinporten().getTimeout().plusSeconds(10));
    Duration after = new FiksJobDuration(fiks).worstCase(new FiksJobDuration(fiks).longestJob());
    assertThat(after.minus(before)).isEqualTo(Duration.ofSeconds(60));
  }

  private static Binder shippedConfiguration() throws IOException {
    StandardEnvironment environment = new StandardEnvironment();
    new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
        .forEach(source -> environment.getPropertySources().addLast(source));
    return Binder.get(environment);
  }
}
