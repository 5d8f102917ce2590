package no.ledsagerbevis.operations.apidocs;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.io.ClassPathResource;

/**
 * Examples with KS's field names (and synthetic data only), from {@code openapi/examples.json}: per operation
 * ({@code "METHOD /path"}) a {@code request} body and answers by status. Kept as data so that the controllers
 * stay free of documentation annotations.
 */
class ApiExamples implements OpenApiCustomizer {

  static final String RESOURCE = "openapi/examples.json";
  private static final String REQUEST = "request";

  private final Map<String, Map<String, Object>> examples = load();

  @Override
  public void customise(OpenAPI openApi) {
    openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
      Map<String, Object> forOperation = examples.get(key(method, path));
      if (forOperation != null) {
        apply(operation, forOperation);
      }
    }));
  }

  static String key(PathItem.HttpMethod method, String path) {
    return method.name() + " " + path;
  }

  private static void apply(Operation operation, Map<String, Object> forOperation) {
    forOperation.forEach((part, value) -> {
      if (part.equals(REQUEST)) {
        if (operation.getRequestBody() != null) {
          addTo(operation.getRequestBody().getContent(), value);
        }
        return;
      }
      ApiResponse response = operation.getResponses().get(part);
      if (response == null && part.equals("201")) {
        response = operation.getResponses().get("200");
      }
      if (response != null) {
        addTo(response.getContent(), value);
      }
    });
  }

  private static void addTo(Content content, Object value) {
    if (content == null) {
      return;
    }
    content.forEach((type, media) -> {
      if (type.contains("json")) {
        media.addExamples("eksempel", new Example().value(value));
      }
    });
  }

  private static Map<String, Map<String, Object>> load() {
    try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
      return new ObjectMapper().readValue(in, new TypeReference<>() {
      });
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + RESOURCE, e);
    }
  }
}
