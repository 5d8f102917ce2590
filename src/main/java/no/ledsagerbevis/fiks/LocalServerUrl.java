package no.ledsagerbevis.fiks;

import java.net.URI;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Resolves a configured base URL at call time. {@code server.port=0} (the tests) gives the bundled
 * simulator a URL with port 0; the real port is only known once the web server has started.
 */
@Component
public class LocalServerUrl implements ApplicationListener<WebServerInitializedEvent> {

  private volatile int port;

  @Override
  public void onApplicationEvent(WebServerInitializedEvent event) {
    if (event.getApplicationContext().getServerNamespace() == null) {
      port = event.getWebServer().getPort();
    }
  }

  public String resolve(String baseUrl) {
    if (baseUrl == null || baseUrl.isBlank()) {
      throw new IllegalStateException("A Fiks base URL is not configured (ledsagerbevis.fiks.*.base-url)");
    }
    URI uri = URI.create(baseUrl.trim());
    if (uri.getPort() == 0 && isLocal(uri.getHost())) {
      if (port == 0) {
        throw new FiksUnavailableException("Den innebygde Fiks-simulatoren er ikke klar ennå (webserveren har ikke startet).");
      }
      uri = UriComponentsBuilder.fromUri(uri).port(port).build(true).toUri();
    }
    String text = uri.toString();
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }

  private static boolean isLocal(String host) {
    return "localhost".equalsIgnoreCase(host) || "127.0.0.1".equals(host);
  }
}
