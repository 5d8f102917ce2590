package no.ledsagerbevis.fiks;

import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The HTTP side every Fiks client shares: base URLs resolved at call time, connect and read timeouts per
 * host, the three headers ({@code Authorization: Bearer}, {@code IntegrasjonId}, {@code IntegrasjonPassord})
 * and the error mapping of {@link FiksErrors}. The connections and threads are shared ({@link FiksHttpClients}). Nothing is retried here: the engine retries the job.
 */
@Component
@EnableConfigurationProperties(FiksProperties.class)
public class FiksHttp {

  public static final String INTEGRASJON_ID = "IntegrasjonId";
  public static final String INTEGRASJON_PASSORD = "IntegrasjonPassord";

  private final FiksProperties properties;
  private final FiksBaseUrls baseUrls;
  private final Map<FiksHost, RestClient> clients = new EnumMap<>(FiksHost.class);
  private final RestClient svarUtSend;

  public FiksHttp(FiksProperties properties, FiksBaseUrls baseUrls, MaskinportenTokenProvider tokens,
      RestClient.Builder builder, FiksHttpClients httpClients) {
    this.properties = properties;
    this.baseUrls = baseUrls;
    ClientHttpRequestInterceptor headers = (request, body, execution) -> {
      request.getHeaders().setBearerAuth(tokens.accessToken());
      request.getHeaders().set(INTEGRASJON_ID, nonNull(properties.getIntegrasjonId(), "integrasjon-id"));
      request.getHeaders().set(INTEGRASJON_PASSORD, nonNull(properties.getIntegrasjonPassord(), "integrasjon-passord"));
      return execution.execute(request, body);
    };
    for (FiksHost host : FiksHost.values()) {
      FiksProperties.Service service = service(host);
      clients.put(host, client(builder, headers, httpClients.requestFactory(service.getConnectTimeout(), service.getReadTimeout())));
    }
    svarUtSend = client(builder, headers,
        httpClients.requestFactory(properties.getSvarut().getConnectTimeout(), properties.getSvarutSendReadTimeout()));
  }

  /** The client for a host; use it inside {@link #call}. */
  public RestClient client(FiksHost host) {
    return clients.get(host);
  }

  /** SvarUt's send, with the long read timeout KS recommends for uploads. */
  public RestClient svarUtSendClient() {
    return svarUtSend;
  }

  /**
   * {@code base URL + path}; the variables fill the path's (and query's) {@code {placeholders}} in order and
   * are encoded strictly, so a value can never change the path.
   */
  public URI uri(FiksHost host, String path, Object... variables) {
    return UriComponentsBuilder.fromUriString(baseUrls.resolve(service(host).getBaseUrl()) + path)
        .encode().buildAndExpand(variables).toUri();
  }

  public <T> T call(String operasjon, Supplier<T> request) {
    return FiksErrors.call(operasjon, request);
  }

  private FiksProperties.Service service(FiksHost host) {
    return switch (host) {
      case SVARUT -> properties.getSvarut();
      case API -> properties.getApi();
      case FORVALTNING -> properties.getForvaltning();
    };
  }

  private static RestClient client(RestClient.Builder builder, ClientHttpRequestInterceptor headers,
      ClientHttpRequestFactory factory) {
    return builder.clone()
        .requestFactory(factory)
        .requestInterceptor(headers)
        .defaultHeader(HttpHeaders.ACCEPT, "application/json")
        .defaultStatusHandler(HttpStatusCode::is3xxRedirection, (request, response) -> {
          throw new FiksUnavailableException("Fiks svarte med en uventet omdirigering (" + response.getStatusCode().value() + ")");
        })
        .build();
  }

  private static String nonNull(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("ledsagerbevis.fiks." + name + " is not configured");
    }
    return value;
  }
}
