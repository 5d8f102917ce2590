package no.ledsagerbevis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class RequestBodyLimitsTest {

  private final RequestBodyLimits limits = new RequestBodyLimits(DataSize.ofMegabytes(1), List.of(
      new RequestBodyLimits.PathLimit("/api/v1/kommuner/*/grupper/*/saker/*/bilde", DataSize.ofMegabytes(6)),
      new RequestBodyLimits.PathLimit("/fiks-simulator/**", DataSize.ofMegabytes(25))));

  @Test
  void onlyTheNamedPathsGetMoreThanTheDefault() {
    assertThat(limits.maxBytesFor("/api/v1/kommuner/0301/grupper/0301-a/saker/abc/bilde")).isEqualTo(6L << 20);
    assertThat(limits.maxBytesFor("/fiks-simulator/dokumentlager/api/v1/x")).isEqualTo(25L << 20);
    assertThat(limits.maxBytesFor("/api/v1/kommuner/0301/grupper/0301-a/saker")).isEqualTo(1L << 20);
    assertThat(limits.maxBytesFor("/api/v1/kommuner/0301/grupper/0301-a/saker/abc/bilde/x")).isEqualTo(1L << 20);
    assertThat(limits.maxBytesFor("/engine-rest/task")).isEqualTo(1L << 20);
  }

  @Test
  void theRefusalSaysTheLimitInNorwegian() {
    assertThat(RequestBodyTooLargeException.detail(1L << 20))
        .isEqualTo("Forespørselen er for stor. Største tillatte størrelse her er 1 MB.");
    assertThat(RequestBodyTooLargeException.detail(512L << 10)).endsWith("512 kB.");
  }
}
