package no.ledsagerbevis.operations.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of /api/v1 ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}, both after
 * login): springdoc reads the controllers; {@link ProblemResponsesCustomizer} adds the problem+json errors every
 * operation can answer and {@link ApiExamples} the examples with KS's field names.
 */
@Configuration
class ApiDocumentation {

  static final String BASIC = "basic";

  @Bean
  OpenAPI ledsagerbevisApi() {
    return new OpenAPI()
        .info(new Info()
            .title("Digitalt ledsagerbevis – API")
            .version("v1")
            .description("Onboarding, innstillinger, administratorer, brukergrupper og saker for kommuner som bruker "
                + "Digitalt ledsagerbevis. Feltnavn som i KS' egne API-er for ledsagerbevis. Alle kall krever "
                + "innlogging (HTTP Basic med en bruker fra Camunda); en bruker når bare kommunene og gruppene den "
                + "tilhører. Feil svares som application/problem+json med norsk tittel og forklaring. "
                + "Et fødselsnummer sendes bare i en body, aldri i adressen."))
        .components(new Components().addSecuritySchemes(BASIC, new SecurityScheme()
            .type(SecurityScheme.Type.HTTP).scheme("basic")
            .description("Brukernavn og passord for en bruker i Camunda (de samme som i Tasklist).")))
        .addSecurityItem(new SecurityRequirement().addList(BASIC));
  }

  @Bean
  OpenApiCustomizer problemResponses() {
    return new ProblemResponsesCustomizer();
  }

  @Bean
  OpenApiCustomizer apiExamples() {
    return new ApiExamples();
  }

  /** Norwegian group names in Swagger UI instead of springdoc's controller names. */
  @Bean
  OpenApiCustomizer norwegianTags() {
    Map<String, String> names = Map.of("api-root-controller", "API", "onboarding-controller", "Onboarding",
        "agreement-controller", "Tjenestebilag", "settings-controller", "Innstillinger",
        "administrator-controller", "Administratorer", "group-controller", "Brukergrupper og brukere",
        "me-controller", "Meg og aktiv gruppe", "case-controller", "Saker", "access-audit-controller", "Tilgangslogg");
    return openApi -> {
      openApi.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
        if (operation.getTags() != null) {
          operation.setTags(operation.getTags().stream().map(tag -> names.getOrDefault(tag, tag)).toList());
        }
      }));
      if (openApi.getTags() != null) {
        openApi.getTags().forEach(tag -> tag.setName(names.getOrDefault(tag.getName(), tag.getName())));
      }
    };
  }
}
