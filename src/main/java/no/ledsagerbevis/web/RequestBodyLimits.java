package no.ledsagerbevis.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.AntPathMatcher;
import org.springframework.util.unit.DataSize;

/**
 * The largest request body the app accepts: {@code max} everywhere, and larger limits for the few paths
 * that receive files (the case photo, BPMN deployments, the bundled Fiks simulator). The first matching
 * entry of {@code larger} wins; paths are Ant patterns relative to the context path.
 */
@ConfigurationProperties("ledsagerbevis.web.request-body")
public record RequestBodyLimits(@DefaultValue("1MB") DataSize max, List<PathLimit> larger) {

  private static final AntPathMatcher PATHS = new AntPathMatcher();

  public RequestBodyLimits {
    larger = larger == null ? List.of() : List.copyOf(larger);
  }

  /** The largest body, in bytes, accepted on {@code path}. */
  public long maxBytesFor(String path) {
    return larger.stream().filter(limit -> PATHS.match(limit.path(), path)).findFirst()
        .map(limit -> limit.max().toBytes()).orElse(max.toBytes());
  }

  public record PathLimit(String path, DataSize max) {
  }
}
