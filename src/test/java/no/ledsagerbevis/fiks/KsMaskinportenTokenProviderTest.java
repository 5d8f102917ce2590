package no.ledsagerbevis.fiks;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The prod token path: KS's maskinporten-client with a certificate from a PKCS12 keystore, against a
 * stand-in for Maskinporten's token endpoint. The keystore is made with the JDK's keytool.
 */
class KsMaskinportenTokenProviderTest {

  @RegisterExtension
  static WireMockExtension maskinporten = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir
  Path dir;

  @Test
  void fetchesATokenWithAJwtGrantAndCachesIt() throws Exception {
    String jwt = jwt();
    maskinporten.stubFor(post(urlEqualTo("/token"))
        .willReturn(okJson("{\"access_token\":\"" + jwt + "\",\"token_type\":\"Bearer\",\"expires_in\":120,\"scope\":\"ks:fiks\"}")));
    KsMaskinportenTokenProvider tokens = new KsMaskinportenTokenProvider(properties(keystore()));

    assertThat(tokens.accessToken()).isEqualTo(jwt);
    assertThat(tokens.accessToken()).isEqualTo(jwt);

    maskinporten.verify(1, postRequestedFor(urlEqualTo("/token"))
        .withRequestBody(containing("jwt-bearer"))
        .withRequestBody(containing("assertion=")));
  }

  @Test
  void aMissingKeystoreIsReportedOnUseWithThePropertyName() {
    FiksProperties properties = properties(null);

    assertThatThrownBy(() -> new KsMaskinportenTokenProvider(properties).accessToken())
        .isInstanceOf(FiksUnavailableException.class)
        .hasMessageContaining("ledsagerbevis.fiks.maskinporten.keystore-path");
  }

  /** Maskinporten's access tokens are JWTs; the KS client reads their expiry. */
  private static String jwt() {
    long now = Instant.now().getEpochSecond();
    Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
    String header = base64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    String claims = base64.encodeToString(("{\"scope\":\"ks:fiks\",\"iat\":" + now + ",\"exp\":" + (now + 120) + "}")
        .getBytes(StandardCharsets.UTF_8));
    return header + "." + claims + "." + base64.encodeToString("signatur".getBytes(StandardCharsets.UTF_8));
  }

  private FiksProperties properties(Path keystore) {
    FiksProperties properties = new FiksProperties();
    FiksProperties.Maskinporten config = properties.getMaskinporten();
    config.setEnabled(true);
    config.setTokenEndpoint(maskinporten.baseUrl() + "/token");
    config.setAudience("https://test.maskinporten.no/");
    config.setIssuer("5b0d7c2e-8f14-4a3b-9c6e-1f2a3b4c5d6e");
    config.setKeystorePath(keystore == null ? null : keystore.toString());
    config.setKeystorePassword("changeit");
    config.setKeyAlias("virksomhet");
    return properties;
  }

  private Path keystore() throws Exception {
    Path keystore = dir.resolve("virksomhet.p12");
    Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
        "-genkeypair", "-alias", "virksomhet", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
        "-dname", "CN=Test Virksomhet, O=Test, C=NO", "-storetype", "PKCS12",
        "-keystore", keystore.toString(), "-storepass", "changeit", "-keypass", "changeit")
        .redirectErrorStream(true).start();
    assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes())).isZero();
    return keystore;
  }
}
