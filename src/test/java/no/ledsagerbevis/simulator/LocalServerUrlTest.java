package no.ledsagerbevis.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import no.ledsagerbevis.fiks.FiksUnavailableException;
import org.junit.jupiter.api.Test;
import org.mockito.Answers;
import org.springframework.boot.web.context.WebServerInitializedEvent;

/** Port 0 in a simulator URL is this app's own port, known once the web server runs. */
class LocalServerUrlTest {

  @Test
  void aLocalUrlWithPortZeroGetsThePortOfTheRunningServer() {
    LocalServerUrl url = new LocalServerUrl();
    WebServerInitializedEvent event = mock(WebServerInitializedEvent.class, Answers.RETURNS_DEEP_STUBS);
    when(event.getApplicationContext().getServerNamespace()).thenReturn(null);
    when(event.getWebServer().getPort()).thenReturn(54321);
    url.onApplicationEvent(event);

    assertThat(url.resolve("http://localhost:0/fiks-simulator/")).isEqualTo("http://localhost:54321/fiks-simulator");
    assertThat(url.resolve("https://svarut.ks.no")).isEqualTo("https://svarut.ks.no");
  }

  @Test
  void aLocalUrlWithPortZeroBeforeTheServerRunsIsUnavailable() {
    assertThatThrownBy(() -> new LocalServerUrl().resolve("http://localhost:0/fiks-simulator"))
        .isInstanceOf(FiksUnavailableException.class);
  }
}
