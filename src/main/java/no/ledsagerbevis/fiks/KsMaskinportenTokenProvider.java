package no.ledsagerbevis.fiks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import no.ks.fiks.maskinporten.Maskinportenklient;
import no.ks.fiks.maskinporten.MaskinportenklientProperties;
import no.ks.fiks.maskinporten.MaskinportenklientPropertiesBuilder;
import no.ks.fiks.maskinporten.error.MaskinportenTokenTemporarilyUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Tokens from the real Maskinporten through KS's maskinporten-client, signed with the organisation's
 * virksomhetssertifikat from a keystore, read on first use. The KS client caches each token until the
 * refresh margin before it expires.
 */
@Component
@ConditionalOnProperty(prefix = "ledsagerbevis.fiks.maskinporten", name = "enabled", havingValue = "true")
public class KsMaskinportenTokenProvider implements MaskinportenTokenProvider {

  private static final Logger log = LoggerFactory.getLogger(KsMaskinportenTokenProvider.class);

  private final FiksProperties.Maskinporten config;
  private volatile Maskinportenklient klient;

  public KsMaskinportenTokenProvider(FiksProperties properties) {
    this.config = properties.getMaskinporten();
    List<String> missing = Stream.of(
            entry("issuer", config.getIssuer()), entry("token-endpoint", config.getTokenEndpoint()),
            entry("keystore-path", config.getKeystorePath()), entry("keystore-password", config.getKeystorePassword()),
            entry("key-alias", config.getKeyAlias()))
        .filter(e -> e.getValue() == null || e.getValue().isBlank()).map(Map.Entry::getKey).toList();
    if (!missing.isEmpty()) {
      // Not fatal at start: the app (Tasklist, Cockpit) stays usable, and every Fiks call fails with this hint.
      log.warn("Maskinporten is enabled but ledsagerbevis.fiks.maskinporten.{} is not set; Fiks calls will fail", missing);
    }
  }

  @Override
  public String accessToken() {
    try {
      return klient().getAccessToken(config.getScope());
    } catch (MaskinportenTokenTemporarilyUnavailableException e) {
      throw new FiksUnavailableException("Maskinporten er midlertidig utilgjengelig", e);
    } catch (IllegalStateException e) {
      throw new FiksUnavailableException("Maskinporten er ikke konfigurert: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new FiksUnavailableException("Kunne ikke hente token fra Maskinporten: " + e.getClass().getSimpleName(), e);
    }
  }

  private Maskinportenklient klient() {
    Maskinportenklient current = klient;
    if (current == null) {
      synchronized (this) {
        if (klient == null) {
          klient = klient(config);
        }
        current = klient;
      }
    }
    return current;
  }

  private static Map.Entry<String, String> entry(String name, String value) {
    return new AbstractMap.SimpleEntry<>(name, value);
  }

  private static Maskinportenklient klient(FiksProperties.Maskinporten config) {
    MaskinportenklientPropertiesBuilder builder = MaskinportenklientProperties.builder()
        .audience(required(config.getAudience(), "audience"))
        .tokenEndpoint(required(config.getTokenEndpoint(), "token-endpoint"))
        .issuer(required(config.getIssuer(), "issuer"))
        .numberOfSecondsLeftBeforeExpire((int) config.getRefreshMargin().toSeconds())
        .timeoutMillis((int) config.getTimeout().toMillis());
    if (config.getConsumerOrg() != null && !config.getConsumerOrg().isBlank()) {
      builder.consumerOrg(config.getConsumerOrg());
    }
    KeyStore keyStore = keyStore(config);
    String alias = required(config.getKeyAlias(), "key-alias");
    char[] keyPassword = (config.getKeyPassword() != null ? config.getKeyPassword() : config.getKeystorePassword()).toCharArray();
    try {
      PrivateKey key = (PrivateKey) keyStore.getKey(alias, keyPassword);
      X509Certificate certificate = (X509Certificate) keyStore.getCertificate(alias);
      if (key == null || certificate == null) {
        throw new IllegalStateException("The Maskinporten keystore has no key and certificate under alias " + alias);
      }
      return new Maskinportenklient(key, certificate, builder.build());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not read the Maskinporten key under alias " + alias, e);
    }
  }

  private static KeyStore keyStore(FiksProperties.Maskinporten config) {
    Path path = Path.of(required(config.getKeystorePath(), "keystore-path"));
    try (InputStream in = Files.newInputStream(path)) {
      KeyStore keyStore = KeyStore.getInstance(config.getKeystoreType());
      keyStore.load(in, required(config.getKeystorePassword(), "keystore-password").toCharArray());
      return keyStore;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("Could not open the Maskinporten keystore " + path, e);
    }
  }

  private static String required(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("ledsagerbevis.fiks.maskinporten." + name + " must be set when Maskinporten is enabled");
    }
    return value;
  }
}
