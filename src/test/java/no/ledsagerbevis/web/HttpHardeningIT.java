package no.ledsagerbevis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import no.ledsagerbevis.support.Http;
import no.ledsagerbevis.support.PostgresIntegrationTest;
import no.ledsagerbevis.support.StreamedUpload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Request bodies and URLs against a hostile caller, over HTTP on PostgreSQL. */
@ExtendWith(OutputCaptureExtension.class)
class HttpHardeningIT extends PostgresIntegrationTest {

  private static final long HUGE = 700L * 1024 * 1024;
  /** Far below HUGE, far above any socket buffer: an answer after this much means the body was read. */
  private static final long READ_NOTHING_MARGIN = 16L * 1024 * 1024;
  private static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));

  @Test
  void aStrangersHugeBodyIsRefusedBeforeAnyOfItIsRead() throws Exception {
    for (String path : List.of("/camunda/api/engine/engine/default/task?firstResult=0&maxResults=10",
        "/engine-rest/task?firstResult=0&maxResults=10", "/api/v1/kommuner/0301/grupper")) {
      StreamedUpload.Result result = StreamedUpload.post(port, path, Map.of(), HUGE);
      assertThat(result.statusLine()).as(path).contains(" 401");
      assertThat(result.bytesSentBeforeAnswer()).as(path).isLessThan(READ_NOTHING_MARGIN);
    }
  }

  @Test
  void anAuthenticatedOversizeBodyIsRefusedWith413InNorwegian() {
    byte[] twoMegabytes = new byte[2 * 1024 * 1024];
    Arrays.fill(twoMegabytes, (byte) ' ');
    for (String path : List.of("/api/v1/kommuner/0301/grupper", "/engine-rest/task?firstResult=0&maxResults=10")) {
      Http.Response response = asAdmin().send("POST", path, "application/json", twoMegabytes);
      assertThat(response.status()).as(path).isEqualTo(413);
      assertThat(response.header("Content-Type").orElseThrow()).startsWith("application/problem+json");
      assertThat(response.json().get("detail").asText())
          .isEqualTo("Forespørselen er for stor. Største tillatte størrelse her er 1 MB.");
    }
  }

  @Test
  void aBodyOfUnknownLengthIsCutOffAtTheLimit() throws Exception {
    StreamedUpload.Result result = StreamedUpload.post(port, "/api/v1/kommuner/0301/grupper",
        Map.of("Authorization", ADMIN), HUGE);
    assertThat(result.statusLine()).contains(" 413");
    assertThat(result.bytesSentBeforeAnswer()).isLessThan(READ_NOTHING_MARGIN);
  }

  @Test
  void theCasePhotoMayBeLargerThanOtherBodies() {
    byte[] threeMegabytes = new byte[3 * 1024 * 1024];
    Http.Response response = asAdmin().send("PUT",
        "/api/v1/kommuner/0301/grupper/0301-avdeling-1/saker/00000000-0000-0000-0000-000000000000/bilde",
        "image/png", threeMegabytes);
    assertThat(response.status()).as(response.toString()).isNotEqualTo(413);
  }

  @Test
  void aFodselsnummerInAQueryStringIsRefusedAndNeverLogged(CapturedOutput output) {
    for (String query : List.of("?fnr=15838500002", "?status=AKTIV&q=158385%2000002", "?x=15838500193")) {
      for (Http caller : List.of(asAdmin(), http())) {
        Http.Response response = caller.get("/api/v1/kommuner/0301/grupper/0301-avdeling-1/saker" + query);
        assertThat(response.status()).as(query).isEqualTo(400);
        assertThat(response.header("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asText()).contains("saker/sok").doesNotContain("158385");
      }
    }
    assertThat(output.getAll()).doesNotContain("158385");
    assertThat(asAdmin().get("/api/v1/kommuner/0301/grupper/0301-avdeling-1/saker?status=AKTIV&side=0").status())
        .isNotEqualTo(400);
  }
}
