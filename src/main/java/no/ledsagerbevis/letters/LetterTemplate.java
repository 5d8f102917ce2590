package no.ledsagerbevis.letters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A letter's text as a small plain-text template, parsed once. The format, so that the wording can be
 * changed without touching Java:
 * <ul>
 *   <li>{@code # text}: the title</li>
 *   <li>{@code ## text}: a heading</li>
 *   <li>{@code - text}: a bullet point (may continue on the following indented lines)</li>
 *   <li>{@code | text}: a line added to the paragraph above it, which then stays on one page (a
 *       greeting and its signature); a lone {@code |} is an empty line</li>
 *   <li>other lines: a paragraph; consecutive lines are joined, a blank line ends it</li>
 *   <li>{@code {name}}: replaced by a value at render time; an unknown name fails loudly</li>
 *   <li>{@code [?name]...[/name]}: the enclosed blocks are kept only when {@code name} is present</li>
 *   <li>lines starting with {@code //} are comments</li>
 * </ul>
 */
final class LetterTemplate {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");

  enum Kind { TITLE, HEADING, PARAGRAPH, BULLET, LINE }

  /** One block of text; {@code condition} names the value it depends on, or is null. */
  record Block(Kind kind, String text, String condition) {

    String fill(Map<String, String> values) {
      Matcher m = PLACEHOLDER.matcher(text);
      StringBuilder out = new StringBuilder(text.length() + 64);
      while (m.find()) {
        String value = values.get(m.group(1));
        if (value == null) {
          throw new IllegalStateException("No value for {" + m.group(1) + "} in a letter template");
        }
        m.appendReplacement(out, Matcher.quoteReplacement(value));
      }
      m.appendTail(out);
      return out.toString();
    }
  }

  private final String name;
  private final List<Block> blocks;

  private LetterTemplate(String name, List<Block> blocks) {
    this.name = name;
    this.blocks = List.copyOf(blocks);
  }

  /** Loads {@code /letters/<name>} from the class path. */
  static LetterTemplate load(String name) {
    String resource = "/letters/" + name;
    try (InputStream in = LetterTemplate.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Letter template missing: " + resource);
      }
      return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static LetterTemplate parse(String name, String source) {
    Parser parser = new Parser();
    for (String line : source.split("\\R")) {
      parser.accept(line);
    }
    parser.flush();
    return new LetterTemplate(name, parser.blocks);
  }

  private static final class Parser {
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private Kind kind;
    private String condition;

    void accept(String raw) {
      String line = raw.strip();
      if (line.startsWith("//")) {
        return;
      }
      if (line.isEmpty()) {
        flush();
      } else if (line.startsWith("[?") && line.endsWith("]")) {
        flush();
        condition = line.substring(2, line.length() - 1);
      } else if (line.startsWith("[/") && line.endsWith("]")) {
        flush();
        condition = null;
      } else if (line.startsWith("## ")) {
        start(Kind.HEADING, line.substring(3));
        flush();
      } else if (line.startsWith("# ")) {
        start(Kind.TITLE, line.substring(2));
        flush();
      } else if (line.startsWith("| ") || line.equals("|")) {
        start(Kind.LINE, line.substring(1));
        flush();
      } else if (line.startsWith("- ")) {
        start(Kind.BULLET, line.substring(2));
      } else if (kind == Kind.PARAGRAPH || (kind == Kind.BULLET && Character.isWhitespace(raw.charAt(0)))) {
        text.append(' ').append(line);
      } else {
        start(Kind.PARAGRAPH, line);
      }
    }

    private void start(Kind newKind, String firstText) {
      flush();
      kind = newKind;
      text.append(firstText.strip());
    }

    void flush() {
      if (kind != null) {
        blocks.add(new Block(kind, text.toString(), condition));
        kind = null;
        text.setLength(0);
      }
    }
  }

  String name() {
    return name;
  }

  /** The text of the first title block, for the PDF's metadata. */
  String title() {
    return blocks.stream().filter(b -> b.kind() == Kind.TITLE).map(Block::text).findFirst()
        .orElseThrow(() -> new IllegalStateException("Letter template without a title: " + name));
  }

  /** The blocks to print for these values: conditional blocks whose value is absent are left out. */
  List<Block> blocksFor(Map<String, String> values) {
    return blocks.stream()
        .filter(b -> b.condition() == null || hasText(values.get(b.condition())))
        .toList();
  }

  private static boolean hasText(String value) {
    return value != null && !value.isBlank();
  }
}
