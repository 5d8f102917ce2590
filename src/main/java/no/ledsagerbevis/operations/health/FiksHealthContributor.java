package no.ledsagerbevis.operations.health;

import java.util.Arrays;
import java.util.Iterator;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.NamedContributor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * {@code fiks} in /actuator/health: one indicator per Fiks service (svarut, folkeregister, dokumentlager,
 * varsling, forvaltning), each answered from {@link FiksProbes}' cache so that a slow Fiks never makes the
 * health endpoint slow. Not part of readiness: the app still serves its users while Fiks is down, and the
 * engine retries the jobs that need it.
 */
@Component
@EnableConfigurationProperties(FiksHealthProperties.class)
class FiksHealthContributor implements CompositeHealthContributor {

  private final FiksProbes probes;

  FiksHealthContributor(FiksProbes probes) {
    this.probes = probes;
  }

  @Override
  public HealthContributor getContributor(String name) {
    return Arrays.stream(FiksService.values()).filter(service -> service.indicatorName().equals(name))
        .findFirst().map(this::indicator).orElse(null);
  }

  @Override
  public Iterator<NamedContributor<HealthContributor>> iterator() {
    return Arrays.stream(FiksService.values())
        .map(service -> NamedContributor.of(service.indicatorName(), indicator(service)))
        .iterator();
  }

  private HealthContributor indicator(FiksService service) {
    return (HealthIndicator) () -> probes.current(service).health();
  }
}
