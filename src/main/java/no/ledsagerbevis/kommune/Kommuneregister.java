package no.ledsagerbevis.kommune;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import no.ledsagerbevis.errors.InvalidInputException;
import no.ledsagerbevis.validation.Kommunenummer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The official list of Norwegian municipalities (SSB, 2024: 357 municipalities), read once from
 * {@value #RESOURCE} into an immutable map. The one place that decides whether a kommunenummer is real.
 *
 * <p>Without Spring: {@code new Kommuneregister()} reads the shipped list,
 * {@link #av(Collection)} builds a register of the given municipalities.
 */
@Component
public class Kommuneregister {

  public static final String RESOURCE = "kommune/kommuner-2024.csv";
  static final String HEADER = "kommunenummer;kommunenavn;fylkesnummer;fylkesnavn";

  private static final Logger log = LoggerFactory.getLogger(Kommuneregister.class);

  private final Map<String, Kommune> kommuner;
  private final List<Kommune> alle;

  /** Reads the shipped list; a missing or broken resource stops the application at start-up. */
  public Kommuneregister() {
    this(lesRessurs());
    log.info("Lastet {} kommuner fra {}", alle.size(), RESOURCE);
  }

  private Kommuneregister(Map<String, Kommune> kommuner) {
    this.kommuner = Collections.unmodifiableMap(kommuner);
    this.alle = List.copyOf(kommuner.values());
  }

  public static Kommuneregister av(Collection<Kommune> kommuner) {
    Map<String, Kommune> byNumber = new TreeMap<>();
    for (Kommune kommune : kommuner) {
      leggTil(byNumber, kommune);
    }
    return new Kommuneregister(byNumber);
  }

  /** Parses the CSV format of {@value #RESOURCE}: the header line, then one municipality per line. */
  static Kommuneregister les(Reader csv) throws IOException {
    BufferedReader lines = new BufferedReader(csv);
    String header = lines.readLine();
    if (header == null || !HEADER.equals(stripBom(header).strip())) {
      throw new IllegalStateException("Kommunelisten må begynne med overskriften '" + HEADER + "'");
    }
    Map<String, Kommune> byNumber = new TreeMap<>();
    int lineNumber = 1;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      lineNumber++;
      if (!line.isBlank()) {
        leggTil(byNumber, parseLine(line, lineNumber));
      }
    }
    return new Kommuneregister(byNumber);
  }

  public Optional<Kommune> finn(String kommunenummer) {
    if (kommunenummer == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(kommuner.get(kommunenummer.strip()));
  }

  public boolean finnes(String kommunenummer) {
    return finn(kommunenummer).isPresent();
  }

  /** All municipalities, sorted by kommunenummer; the list cannot be modified. */
  public List<Kommune> alle() {
    return alle;
  }

  /**
   * The municipality with this number, or a 400-worthy {@link InvalidInputException} naming {@code felt}:
   * for an empty value, a value that is not four digits, or a number that is not on the list.
   */
  public Kommune hent(String felt, String kommunenummer) {
    String nummer = Kommunenummer.parse(felt, kommunenummer);
    return finn(nummer).orElseThrow(() -> new InvalidInputException(felt,
        "Det finnes ingen kommune med kommunenummer " + nummer + " i SSBs kommuneliste for 2024."));
  }

  private static Map<String, Kommune> lesRessurs() {
    InputStream in = Kommuneregister.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("Fant ikke kommunelisten " + RESOURCE + " på classpath");
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return les(reader).kommuner;
    } catch (IOException e) {
      throw new UncheckedIOException("Kunne ikke lese " + RESOURCE, e);
    }
  }

  private static Kommune parseLine(String line, int lineNumber) {
    String[] columns = line.split(";", -1);
    if (columns.length != 4) {
      throw brokenLine(lineNumber, "har " + columns.length + " kolonner, ventet 4");
    }
    List<String> values = new ArrayList<>(4);
    for (String column : columns) {
      String value = column.strip();
      if (value.isEmpty()) {
        throw brokenLine(lineNumber, "har en tom kolonne");
      }
      values.add(value);
    }
    Kommune kommune = new Kommune(values.get(0), values.get(1), values.get(2), values.get(3));
    if (!Kommunenummer.isValid(kommune.kommunenummer())) {
      throw brokenLine(lineNumber, "har kommunenummer som ikke er fire siffer");
    }
    if (!kommune.kommunenummer().startsWith(kommune.fylkesnummer())
        || kommune.fylkesnummer().length() != 2) {
      throw brokenLine(lineNumber, "har fylkesnummer som ikke er de to første sifrene i kommunenummeret");
    }
    return kommune;
  }

  private static void leggTil(Map<String, Kommune> byNumber, Kommune kommune) {
    if (byNumber.putIfAbsent(kommune.kommunenummer(), kommune) != null) {
      throw new IllegalStateException("Kommunenummer " + kommune.kommunenummer() + " står mer enn én gang i kommunelisten");
    }
  }

  private static IllegalStateException brokenLine(int lineNumber, String problem) {
    return new IllegalStateException("Linje " + lineNumber + " i kommunelisten " + problem);
  }

  private static String stripBom(String line) {
    return line.startsWith("\uFEFF") ? line.substring(1) : line;
  }
}
