package no.ledsagerbevis.fiks;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import no.ledsagerbevis.fiks.svarut.Dokument;
import no.ledsagerbevis.fiks.svarut.Fil;
import no.ledsagerbevis.fiks.svarut.Forsendelse;
import no.ledsagerbevis.fiks.svarut.Mottaker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The send request our SvarUt client writes, checked against KS's OpenAPI file for SvarUt v2
 * (src/test/resources/svarut-v2/forsendelse-send-api-v2.json, MIT): path, the {@code forsendelse} part's
 * field names, types, required fields and maximum lengths, and the file parts' order and names.
 */
class SvarUtMultipartSpecTest {

  @RegisterExtension
  static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonNode spec;
  private WireMockFiks fiks;

  @BeforeEach
  void setUp() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/svarut-v2/forsendelse-send-api-v2.json")) {
      spec = JSON.readTree(in);
    }
    fiks = new WireMockFiks(wireMock.baseUrl(), Duration.ofSeconds(15), Duration.ofSeconds(15));
    wireMock.stubFor(post(anyUrl()).willReturn(okJson("{\"id\":\"d6b23522-ddf3-462a-8140-16e59e1f476d\"}")));
  }

  @Test
  void postsToTheSpecsSendPath() {
    fiks.svarUt.send("a3f1c5e2-1111-4222-8333-944455556666", fullForsendelse(), files());

    assertThat(spec.at("/servers/0/url").asText()).endsWith("/api");
    assertThat(spec.path("paths").has("/v2/kontoer/{kontoId}/forsendelser")).isTrue();
    assertThat(sent().getUrl()).isEqualTo("/api/v2/kontoer/a3f1c5e2-1111-4222-8333-944455556666/forsendelser");
    assertThat(sent().getHeader("Content-Type")).startsWith("multipart/form-data");
  }

  @Test
  void theForsendelsePartComesFirstAndMatchesTheSchema() throws IOException {
    fiks.svarUt.send("konto", fullForsendelse(), files());

    Request.Part first = parts().get(0);
    assertThat(first.getName()).isEqualTo("forsendelse");
    assertThat(first.getHeader("Content-Type").firstValue()).startsWith("application/json");
    JsonNode forsendelse = JSON.readTree(first.getBody().asBytes());

    List<String> errors = new ArrayList<>();
    check(forsendelse, schema("Forsendelse"), "forsendelse", errors);
    assertThat(errors).isEmpty();
    assertThat(forsendelse.fieldNames()).toIterable().contains("tittel", "mottaker", "avgivendeSystem", "eksternReferanse",
        "kunDigitalLevering", "taushetsbelagtPost", "krevNiva4Innlogging", "dokumenter");
    assertThat(forsendelse.at("/mottaker/digitalId").asText()).isEqualTo("15838500002");
    assertThat(forsendelse.at("/dokumenter/1/inneholderPersonsensitivInformasjon").asBoolean()).isTrue();
  }

  @Test
  void fieldsWithoutValueAreLeftOut() throws IOException {
    fiks.svarUt.send("konto", fullForsendelse(), files());

    JsonNode mottaker = JSON.readTree(parts().get(0).getBody().asBytes()).path("mottaker");
    assertThat(mottaker.has("adresselinje3")).isFalse();
  }

  @Test
  void filePartsFollowInTheOrderAndWithTheNamesOfDokumenter() {
    fiks.svarUt.send("konto", fullForsendelse(), files());

    List<Request.Part> parts = parts();
    assertThat(parts).hasSize(3);
    assertThat(parts.get(1).getHeader("Content-Disposition").firstValue()).contains("filename=\"vedtak.pdf\"");
    assertThat(parts.get(2).getHeader("Content-Disposition").firstValue()).contains("filename=\"vedlegg.pdf\"");
    assertThat(parts.get(1).getBody().asBytes()).isEqualTo("%PDF-1.4 vedtak".getBytes());
    assertThat(parts.get(2).getHeader("Content-Type").firstValue()).isEqualTo("application/pdf");
  }

  @Test
  void schemaCheckCatchesABrokenForsendelse() {
    List<String> errors = new ArrayList<>();
    JsonNode broken = JSON.valueToTree(Map.of("tittel", "x".repeat(1001), "mottaker", Map.of("adresselinje1", "a"), "ukjent", 1));

    check(broken, schema("Forsendelse"), "forsendelse", errors);

    assertThat(errors).contains("forsendelse.tittel: longer than 1000", "forsendelse.mottaker.navn: required",
        "forsendelse.ukjent: not in the schema");
  }

  @Test
  void refusesFilesThatDoNotMatchDokumenter() {
    assertThatThrownBy(() -> fiks.svarUt.send("konto", fullForsendelse(), List.of(Fil.pdf("vedlegg.pdf", new byte[] {1}),
        Fil.pdf("vedtak.pdf", new byte[] {1}))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(wireMock.getAllServeEvents()).isEmpty();
  }

  private void check(JsonNode value, JsonNode schema, String path, List<String> errors) {
    if (schema.has("$ref")) {
      check(value, schema(schema.get("$ref").asText().substring("#/components/schemas/".length())), path, errors);
      return;
    }
    switch (schema.path("type").asText()) {
      case "object" -> {
        if (!value.isObject()) {
          errors.add(path + ": not an object");
          return;
        }
        for (JsonNode required : schema.path("required")) {
          if (!value.hasNonNull(required.asText())) {
            errors.add(path + "." + required.asText() + ": required");
          }
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
          Map.Entry<String, JsonNode> field = fields.next();
          JsonNode property = schema.path("properties").get(field.getKey());
          if (property == null) {
            errors.add(path + "." + field.getKey() + ": not in the schema");
          } else {
            check(field.getValue(), property, path + "." + field.getKey(), errors);
          }
        }
      }
      case "array" -> {
        if (!value.isArray()) {
          errors.add(path + ": not an array");
          return;
        }
        for (int i = 0; i < value.size(); i++) {
          check(value.get(i), schema.path("items"), path + "[" + i + "]", errors);
        }
      }
      case "string" -> {
        if (!value.isTextual()) {
          errors.add(path + ": not a string");
        } else if (schema.has("maxLength") && value.asText().length() > schema.get("maxLength").asInt()) {
          errors.add(path + ": longer than " + schema.get("maxLength").asInt());
        } else if (schema.has("pattern") && !value.asText().matches(schema.get("pattern").asText())) {
          errors.add(path + ": does not match " + schema.get("pattern").asText());
        }
      }
      case "boolean" -> {
        if (!value.isBoolean()) {
          errors.add(path + ": not a boolean");
        }
      }
      case "integer" -> {
        if (!value.isIntegralNumber()) {
          errors.add(path + ": not an integer");
        }
      }
      default -> errors.add(path + ": unknown schema type " + schema.path("type").asText());
    }
  }

  private JsonNode schema(String name) {
    JsonNode schema = spec.at("/components/schemas/" + name);
    assertThat(schema.isMissingNode()).as("schema " + name).isFalse();
    return schema;
  }

  private LoggedRequest sent() {
    return wireMock.getAllServeEvents().get(0).getRequest();
  }

  private List<Request.Part> parts() {
    return new ArrayList<>(sent().getParts());
  }

  private static Forsendelse fullForsendelse() {
    return Forsendelse.builder()
        .tittel("Vedtak om ledsagerbevis")
        .mottaker(new Mottaker("Kari Nordmann", "15838500002", "Storgata 1", "Oppgang B", null, "0155", "OSLO", "Norge"))
        .avgivendeSystem("Digitalt ledsagerbevis")
        .eksternReferanse("sak-7f1c0c6e")
        .kunDigitalLevering(false)
        .taushetsbelagtPost(true)
        .krevNiva4Innlogging(false)
        .dokument(Dokument.pdf("vedtak.pdf", true))
        .dokument(Dokument.pdf("vedlegg.pdf", true))
        .build();
  }

  private static List<Fil> files() {
    return List.of(Fil.pdf("vedtak.pdf", "%PDF-1.4 vedtak".getBytes()), Fil.pdf("vedlegg.pdf", "%PDF-1.4 vedlegg".getBytes()));
  }
}
