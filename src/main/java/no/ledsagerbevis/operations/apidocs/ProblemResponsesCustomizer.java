package no.ledsagerbevis.operations.apidocs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Adds to every /api/v1 operation the application/problem+json answers of {@code web.ApiExceptionHandler} and
 * the authentication filter: 401 and 500 always; 403 where a municipality is in the path; 400 where the
 * operation takes a body or parameters; 404 where the path names a resource; 409 where it changes state.
 */
class ProblemResponsesCustomizer implements OpenApiCustomizer {

  static final String PROBLEM = "Problem";
  static final String PROBLEM_JSON = "application/problem+json";

  @Override
  public void customise(OpenAPI openApi) {
    openApi.getComponents().addSchemas(PROBLEM, problemSchema());
    openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
        .forEach((method, operation) -> addProblems(path, method, operation)));
  }

  private static void addProblems(String path, PathItem.HttpMethod method, Operation operation) {
    boolean hasInput = operation.getRequestBody() != null
        || (operation.getParameters() != null && !operation.getParameters().isEmpty());
    boolean changesState = method != PathItem.HttpMethod.GET;
    add(operation, "401", "Ikke innlogget", "Oppgi brukernavn og passord (HTTP Basic) for en bruker i Camunda.");
    if (path.contains("{kommunenummer}")) {
      add(operation, "403", "Ingen tilgang", "Du har ikke tilgang til kommune 0301.");
    }
    if (hasInput) {
      add(operation, "400", "Ugyldige opplysninger", "Postnummer må bestå av nøyaktig 4 siffer.");
    }
    if (path.contains("{")) {
      add(operation, "404", "Finnes ikke", "Finner ikke det du ba om.");
    }
    if (changesState) {
      add(operation, "409", "Konflikt", "Endringen passer ikke med det som allerede er registrert.");
    }
    add(operation, "500", "Intern feil", "Det oppstod en uventet feil. Prøv igjen senere, eller kontakt driftsansvarlig.");
  }

  private static void add(Operation operation, String status, String title, String detail) {
    if (operation.getResponses().containsKey(status)) {
      return;
    }
    Map<String, Object> example = new LinkedHashMap<>();
    example.put("type", "about:blank");
    example.put("title", title);
    example.put("status", Integer.parseInt(status));
    example.put("detail", detail);
    MediaType media = new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))
        .addExamples(status, new Example().value(example));
    operation.getResponses().addApiResponse(status,
        new ApiResponse().description(title).content(new Content().addMediaType(PROBLEM_JSON, media)));
  }

  private static Schema<?> problemSchema() {
    ObjectSchema fieldError = new ObjectSchema();
    fieldError.addProperty("felt", new StringSchema().description("Feltet som er feil").example("postnummer"));
    fieldError.addProperty("melding", new StringSchema().description("Hva som er feil, på norsk")
        .example("Postnummer må bestå av nøyaktig 4 siffer."));
    ObjectSchema problem = new ObjectSchema();
    problem.description("RFC 9457 problem details, med norsk tittel og forklaring");
    problem.addProperty("type", new StringSchema().example("about:blank"));
    problem.addProperty("title", new StringSchema().example("Ugyldige opplysninger"));
    problem.addProperty("status", new IntegerSchema().example(400));
    problem.addProperty("detail", new StringSchema().example("Postnummer må bestå av nøyaktig 4 siffer."));
    problem.addProperty("instance", new StringSchema().example("/api/v1/kommuner/0301"));
    problem.addProperty("feil", new ArraySchema().items(fieldError).description("Ved 400: hvert felt som er feil"));
    return problem;
  }
}
