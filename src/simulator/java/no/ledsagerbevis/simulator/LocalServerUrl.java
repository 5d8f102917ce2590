package no.ledsagerbevis.simulator;

import java.net.URI;
import no.ledsagerbevis.fiks.FiksBaseUrls;
import no.ledsagerbevis.fiks.FiksUnavailableException;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Resolves a configured base URL at call time. {@code server.port=0} (the tests) gives the bundled
 * simulator a URL with port 0; the real port is only known once the web server has started. Primary over
 * the plain configured URLs while the simulator is on.
 */
@Component
@Primary
@ConditionalOnSimulator
public class LocalServerUrl implements FiksBaseUrls, ApplicationListener<WebServerInitializedEvent> {

  private volatile int port;

  @Override
  public void onApplicationEvent(WebServerInitializedEvent event) {
    if (event.getApplicationContext().getServerNamespace() == null) {
      port = event.getWebServer().getPort();
    }
  }

  @Override
  public String resolve(String baseUrl) {
    URI uri = URI.create(FiksBaseUrls.configured(baseUrl));
    if (uri.getPort() == 0 && isLocal(uri.getHost())) {
      if (port == 0) {
        throw new FiksUnavailableException("Den innebygde Fiks-simulatoren er ikke klar ennå (webserveren har ikke startet).");
      }
      uri = UriComponentsBuilder.fromUri(uri).port(port).build(true).toUri();
    }
    return FiksBaseUrls.configured(uri.toString());
  }

  private static boolean isLocal(String host) {
    return "localhost".equalsIgnoreCase(host) || "127.0.0.1".equals(host);
  }
}
