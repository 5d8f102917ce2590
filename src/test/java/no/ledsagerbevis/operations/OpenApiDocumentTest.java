package no.ledsagerbevis.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.ledsagerbevis.support.H2AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * {@code /v3/api-docs} documents every controller mapping of /api/v1 with its problem+json errors, and a
 * JSON request body with an example using KS's field names.
 */
class OpenApiDocumentTest extends H2AppTest {

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void everyApiMappingIsDocumentedWithItsErrors() {
    JsonNode paths = asAdmin().get("/v3/api-docs").json().get("paths");
    List<String> checked = new ArrayList<>();
    mappings.getHandlerMethods().forEach((info, handler) -> {
      for (String path : patterns(info)) {
        if (!path.startsWith("/api/v1")) {
          continue;
        }
        for (RequestMethod method : info.getMethodsCondition().getMethods()) {
          JsonNode operation = paths.path(path).path(method.name().toLowerCase(Locale.ROOT));
          assertThat(operation.isMissingNode()).as("%s %s is in /v3/api-docs", method, path).isFalse();
          JsonNode responses = operation.get("responses");
          Set<String> errors = path.contains("{kommunenummer}") ? Set.of("401", "403", "500") : Set.of("401", "500");
          for (String status : errors) {
            assertThat(responses.path(status).path("content").has("application/problem+json"))
                .as("%s %s documents %s as problem+json", method, path, status).isTrue();
          }
          if (path.contains("{")) {
            assertThat(responses.has("404")).as("%s %s documents 404", method, path).isTrue();
          }
          if (operation.has("requestBody") || operation.has("parameters")) {
            assertThat(responses.has("400")).as("%s %s documents 400", method, path).isTrue();
          }
          JsonNode json = operation.path("requestBody").path("content").path("application/json");
          if (!json.isMissingNode()) {
            assertThat(json.path("examples").size()).as("%s %s has a request example", method, path).isPositive();
          }
          checked.add(method + " " + path);
        }
      }
    });
    assertThat(checked).contains("POST /api/v1/kommuner/{kommunenummer}/grupper/{gruppeId}/saker",
        "GET /api/v1/meg", "PUT /api/v1/kommuner/{kommunenummer}");
  }

  @Test
  void theNewCaseExampleUsesKsFieldNamesAndASyntheticFodselsnummer() {
    JsonNode example = asAdmin().get("/v3/api-docs").json().at(
        "/paths/~1api~1v1~1kommuner~1{kommunenummer}~1grupper~1{gruppeId}~1saker/post/requestBody/content/application~1json/examples/eksempel/value");
    assertThat(example.get("fnr").asText()).isEqualTo("15838500002");
    assertThat(example.fieldNames()).toIterable()
        .containsExactlyInAnyOrder("fnr", "telefonnummer", "antallLedsagere", "utlopsdato", "referansenummer");
    assertThat(asAdmin().get("/v3/api-docs").json().at(
        "/paths/~1api~1v1~1kommuner~1{kommunenummer}~1grupper~1{gruppeId}~1saker/post/tags/0").asText()).isEqualTo("Saker");
  }

  @Test
  void onlyOurApiIsDocumented() {
    JsonNode paths = asAdmin().get("/v3/api-docs").json().get("paths");
    assertThat(paths.fieldNames()).toIterable().allSatisfy(path -> assertThat(path).startsWith("/api/v1"));
    assertThat(asAdmin().get("/v3/api-docs").json().at("/components/securitySchemes/basic/scheme").asText()).isEqualTo("basic");
  }

  private static Set<String> patterns(RequestMappingInfo info) {
    return info.getPathPatternsCondition() != null ? info.getPathPatternsCondition().getPatternValues()
        : info.getPatternValues();
  }
}
