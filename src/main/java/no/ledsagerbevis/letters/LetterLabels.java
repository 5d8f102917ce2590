package no.ledsagerbevis.letters;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Short fixed texts of a language (labels such as "Dato", "Side"), from {@code letters/etiketter_<code>.properties}. */
final class LetterLabels {

  private final Properties properties = new Properties();

  private LetterLabels(String resource) {
    try (InputStream in = LetterLabels.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Letter labels missing: " + resource);
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static LetterLabels load(Spraak spraak) {
    return new LetterLabels("/letters/etiketter_" + spraak.code() + ".properties");
  }

  String get(String key) {
    String value = properties.getProperty(key);
    if (value == null) {
      throw new IllegalStateException("Letter label missing: " + key);
    }
    return value;
  }
}
