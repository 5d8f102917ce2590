package no.ledsagerbevis.simulator;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import no.ledsagerbevis.fiks.FiksBaseUrls;
import no.ledsagerbevis.fiks.FiksErrors;
import no.ledsagerbevis.fiks.FiksProperties;
import no.ledsagerbevis.fiks.FiksUnavailableException;
import no.ledsagerbevis.fiks.MaskinportenTokenProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Without Maskinporten (the default run and the tests) the bundled Fiks simulator issues the token, at
 * {@code ledsagerbevis.fiks.maskinporten.token-endpoint}. Cached until the refresh margin before expiry.
 */
@Component
@ConditionalOnProperty(prefix = "ledsagerbevis.fiks.maskinporten", name = "enabled", havingValue = "false", matchIfMissing = true)
public class SimulatorTokenProvider implements MaskinportenTokenProvider {

  private final FiksProperties properties;
  private final FiksBaseUrls baseUrls;
  private final RestClient rest;
  private final Clock clock;
  private volatile CachedToken cached;

  @Autowired
  public SimulatorTokenProvider(FiksProperties properties, FiksBaseUrls baseUrls, RestClient.Builder builder) {
    this(properties, baseUrls, builder, Clock.systemUTC());
  }

  SimulatorTokenProvider(FiksProperties properties, FiksBaseUrls baseUrls, RestClient.Builder builder, Clock clock) {
    this.properties = properties;
    this.baseUrls = baseUrls;
    this.clock = clock;
    JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(properties.getMaskinporten().getTimeout())
        .build());
    factory.setReadTimeout(properties.getMaskinporten().getTimeout());
    this.rest = builder.clone().requestFactory(factory).build();
  }

  @Override
  public String accessToken() {
    CachedToken token = cached;
    Instant now = clock.instant();
    if (token != null && now.isBefore(token.renewAt())) {
      return token.value();
    }
    synchronized (this) {
      token = cached;
      if (token != null && clock.instant().isBefore(token.renewAt())) {
        return token.value();
      }
      cached = fetch();
      return cached.value();
    }
  }

  private CachedToken fetch() {
    FiksProperties.Maskinporten config = properties.getMaskinporten();
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("grant_type", "client_credentials");
    form.add("scope", config.getScope());
    form.add("client_id", properties.getIntegrasjonId());
    TokenResponse response = FiksErrors.call("Hent Maskinporten-token fra simulatoren", () -> rest.post()
        .uri(baseUrls.resolve(config.getTokenEndpoint()))
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .body(form)
        .retrieve()
        .body(TokenResponse.class));
    if (response == null || response.accessToken() == null || response.expiresIn() <= 0) {
      throw new FiksUnavailableException("Hent Maskinporten-token fra simulatoren: svaret mangler access_token eller expires_in");
    }
    Instant renewAt = clock.instant().plusSeconds(response.expiresIn()).minus(config.getRefreshMargin());
    return new CachedToken(response.accessToken(), renewAt);
  }

  record TokenResponse(@JsonProperty("access_token") String accessToken, @JsonProperty("expires_in") long expiresIn) {
  }

  private record CachedToken(String value, Instant renewAt) {
  }
}
