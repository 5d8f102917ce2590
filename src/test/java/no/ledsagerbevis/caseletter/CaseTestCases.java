package no.ledsagerbevis.caseletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import no.ledsagerbevis.support.Http;

/** Creates cases over the case API as a case handler would, for the HTTP-level tests. */
public final class CaseTestCases {

  private CaseTestCases() {
  }

  /** A new case for {@code fnr} in the group of {@code saker} (its collection path), with a PNG photo. */
  public static String createWithPhoto(Http caseHandler, String saker, String fnr) {
    Http.Response created = caseHandler.postJson(saker, Map.of("fnr", fnr, "telefonnummer", "91234567",
        "antallLedsagere", 1, "referansenummer", "IT-1"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String saksId = created.json().get("saksId").asText();
    try {
      assertThat(caseHandler.send("PUT", saker + "/" + saksId + "/bilde", "image/png", CaseApiTest.png()).status())
          .isEqualTo(204);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return saksId;
  }
}
