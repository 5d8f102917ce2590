package no.ledsagerbevis.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our nb.json against the en.json of the Camunda webjar on the classpath: a Camunda upgrade that adds labels fails
 * here, with the missing keys and their English text to translate (a missing key would show as the raw key).
 */
class NorwegianLabelsTest {

  private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}");
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
  void norwegianHasEveryEnglishLabel(String app) {
    Map<String, String> english = labels(app, "en");
    Map<String, String> norwegian = labels(app, "nb");

    List<String> missing = new ArrayList<>();
    english.forEach((key, text) -> {
      if (!norwegian.containsKey(key)) {
        missing.add("\"" + key + "\": \"" + text + "\"");
      }
    });
    assertThat(missing)
        .as("Labels of Camunda's %s/locales/en.json missing in our src/main/resources/" + LOCALES
            + " (translate them; in Cockpit's rarely used views the English text may be copied)", app, app, "nb")
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
  void norwegianKeepsThePlaceholdersOfEachLabel(String app) {
    Map<String, String> english = labels(app, "en");
    Map<String, String> norwegian = labels(app, "nb");

    List<String> broken = new ArrayList<>();
    norwegian.forEach((key, text) -> {
      if (english.containsKey(key) && !placeholders(english.get(key)).equals(placeholders(text))) {
        broken.add(key + ": " + text);
      }
    });
    assertThat(broken).as("%s labels whose {{placeholders}} differ from English", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
  void theCamunda8BannerHasNoText(String app) {
    assertThat(labels(app, "nb")).containsEntry("BANNER_CE_EOL_TEXT", "");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "admin", "cockpit"})
  void datesAreNorwegian(String app) {
    JsonNode dates = read(app, "nb").path("dateLocales");

    assertThat(dates.path("months").get(0).asText()).isEqualTo("januar");
    assertThat(dates.path("weekdays").get(1).asText()).isEqualTo("mandag");
    assertThat(dates.path("longDateFormat").path("L").asText()).isEqualTo("DD.MM.YYYY");
  }

  private static TreeSet<String> placeholders(String text) {
    TreeSet<String> names = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  private static Map<String, String> labels(String app, String language) {
    Map<String, String> labels = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = read(app, language).path("labels").fields();
    fields.forEachRemaining(field -> labels.put(field.getKey(), field.getValue().asText()));
    assertThat(labels).as("labels of %s/%s.json", app, language).isNotEmpty();
    return labels;
  }

  private static JsonNode read(String app, String language) {
    String path = LOCALES.formatted(app, language);
    try (InputStream in = NorwegianLabelsTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as("%s on the classpath", path).isNotNull();
      // Camunda's files start with a byte order mark, which Jackson does not skip.
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
