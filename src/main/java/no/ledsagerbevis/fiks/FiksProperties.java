package no.ledsagerbevis.fiks;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ledsagerbevis.fiks.*}: where the Fiks services are, how long we wait for them, and who we are.
 * Base URLs end before the documented paths (SvarUt {@code /api/v2/...}, api {@code /folkeregister/...}).
 * A localhost URL with port 0 means "this application's own port" (tests run on a random port).
 */
@ConfigurationProperties(prefix = "ledsagerbevis.fiks")
public class FiksProperties {

  private final Service svarut = new Service(Duration.ofSeconds(3), Duration.ofSeconds(15));
  private final Service api = new Service(Duration.ofSeconds(3), Duration.ofSeconds(20));
  private final Service forvaltning = new Service(Duration.ofSeconds(3), Duration.ofSeconds(15));
  /** A decision letter is about 20 kB; the job lock time must outlast it (system.JobLockTimeGuard). */
  private Duration svarutSendReadTimeout = Duration.ofSeconds(45);
  private String integrasjonId;
  private String integrasjonPassord;
  private final Maskinporten maskinporten = new Maskinporten();

  public Service getSvarut() {
    return svarut;
  }

  public Service getApi() {
    return api;
  }

  public Service getForvaltning() {
    return forvaltning;
  }

  public Duration getSvarutSendReadTimeout() {
    return svarutSendReadTimeout;
  }

  public void setSvarutSendReadTimeout(Duration svarutSendReadTimeout) {
    this.svarutSendReadTimeout = svarutSendReadTimeout;
  }

  public String getIntegrasjonId() {
    return integrasjonId;
  }

  public void setIntegrasjonId(String integrasjonId) {
    this.integrasjonId = integrasjonId;
  }

  public String getIntegrasjonPassord() {
    return integrasjonPassord;
  }

  public void setIntegrasjonPassord(String integrasjonPassord) {
    this.integrasjonPassord = integrasjonPassord;
  }

  public Maskinporten getMaskinporten() {
    return maskinporten;
  }

  /** One Fiks host: base URL and timeouts. */
  public static class Service {
    private String baseUrl;
    private Duration connectTimeout;
    private Duration readTimeout;

    Service(Duration connectTimeout, Duration readTimeout) {
      this.connectTimeout = connectTimeout;
      this.readTimeout = readTimeout;
    }

    public String getBaseUrl() {
      return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
    }

    public Duration getConnectTimeout() {
      return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
      this.connectTimeout = connectTimeout;
    }

    public Duration getReadTimeout() {
      return readTimeout;
    }

    public void setReadTimeout(Duration readTimeout) {
      this.readTimeout = readTimeout;
    }
  }

  /**
   * Maskinporten. {@code enabled=true} (the prod profile) uses KS's maskinporten-client with the
   * virksomhetssertifikat from the keystore; otherwise the token comes from {@code token-endpoint} of the
   * bundled simulator.
   */
  public static class Maskinporten {
    private boolean enabled;
    private String tokenEndpoint;
    private String audience = "https://maskinporten.no/";
    private String issuer;
    private String scope = "ks:fiks";
    private String consumerOrg;
    private String keystorePath;
    private String keystorePassword;
    private String keystoreType = "PKCS12";
    private String keyAlias;
    private String keyPassword;
    /** Tokens are renewed this long before they expire. */
    private Duration refreshMargin = Duration.ofSeconds(30);
    private Duration timeout = Duration.ofSeconds(5);

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public String getTokenEndpoint() {
      return tokenEndpoint;
    }

    public void setTokenEndpoint(String tokenEndpoint) {
      this.tokenEndpoint = tokenEndpoint;
    }

    public String getAudience() {
      return audience;
    }

    public void setAudience(String audience) {
      this.audience = audience;
    }

    public String getIssuer() {
      return issuer;
    }

    public void setIssuer(String issuer) {
      this.issuer = issuer;
    }

    public String getScope() {
      return scope;
    }

    public void setScope(String scope) {
      this.scope = scope;
    }

    public String getConsumerOrg() {
      return consumerOrg;
    }

    public void setConsumerOrg(String consumerOrg) {
      this.consumerOrg = consumerOrg;
    }

    public String getKeystorePath() {
      return keystorePath;
    }

    public void setKeystorePath(String keystorePath) {
      this.keystorePath = keystorePath;
    }

    public String getKeystorePassword() {
      return keystorePassword;
    }

    public void setKeystorePassword(String keystorePassword) {
      this.keystorePassword = keystorePassword;
    }

    public String getKeystoreType() {
      return keystoreType;
    }

    public void setKeystoreType(String keystoreType) {
      this.keystoreType = keystoreType;
    }

    public String getKeyAlias() {
      return keyAlias;
    }

    public void setKeyAlias(String keyAlias) {
      this.keyAlias = keyAlias;
    }

    public String getKeyPassword() {
      return keyPassword;
    }

    public void setKeyPassword(String keyPassword) {
      this.keyPassword = keyPassword;
    }

    public Duration getRefreshMargin() {
      return refreshMargin;
    }

    public void setRefreshMargin(Duration refreshMargin) {
      this.refreshMargin = refreshMargin;
    }

    public Duration getTimeout() {
      return timeout;
    }

    public void setTimeout(Duration timeout) {
      this.timeout = timeout;
    }
  }
}
