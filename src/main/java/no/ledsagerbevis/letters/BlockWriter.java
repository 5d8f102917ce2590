package no.ledsagerbevis.letters;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import java.util.ArrayList;
import java.util.Map;

/**
 * Turns the blocks of a {@link LetterTemplate} into OpenPDF elements with our typography. Consecutive
 * bullets form one list; single lines ({@code | text}) are added to the paragraph before them, which is
 * then kept on one page (a greeting and its signature lines never split).
 */
final class BlockWriter {

  private final LetterFonts fonts = LetterFonts.get();

  void write(Document document, LetterTemplate template, Map<String, String> values) throws DocumentException {
    for (Element element : elements(template, values)) {
      document.add(element);
    }
  }

  private java.util.List<Element> elements(LetterTemplate template, Map<String, String> values) {
    java.util.List<Element> elements = new ArrayList<>();
    List bullets = null;
    LetterTemplate.Kind previousKind = null;
    for (LetterTemplate.Block block : template.blocksFor(values)) {
      String text = block.fill(values);
      if (block.kind() == LetterTemplate.Kind.BULLET) {
        if (bullets == null) {
          bullets = newList();
          elements.add(bullets);
        }
        ListItem item = new ListItem(LetterFonts.LEADING, text, fonts.body());
        item.setSpacingAfter(2);
        bullets.add(item);
        previousKind = LetterTemplate.Kind.BULLET;
        continue;
      }
      if (bullets != null) {
        // A list has no spacing of its own: an almost empty paragraph separates it from what follows.
        elements.add(gap(4));
        bullets = null;
      }
      boolean afterBody = previousKind == LetterTemplate.Kind.PARAGRAPH || previousKind == LetterTemplate.Kind.LINE;
      if (block.kind() == LetterTemplate.Kind.LINE && afterBody) {
        Paragraph paragraph = (Paragraph) elements.get(elements.size() - 1);
        // An empty line needs a blank: OpenPDF writes a line without text in its default font.
        paragraph.add(new Phrase("\n" + (text.isEmpty() ? " " : text), fonts.body()));
        paragraph.setKeepTogether(true);
      } else {
        elements.add(paragraph(block.kind(), text));
      }
      previousKind = block.kind();
    }
    return elements;
  }

  private Paragraph paragraph(LetterTemplate.Kind kind, String text) {
    return switch (kind) {
      case TITLE -> spaced(new Paragraph(18, text, fonts.title()), 0, 8);
      case HEADING -> spaced(new Paragraph(LetterFonts.LEADING, text, fonts.heading()), 8, 2);
      default -> spaced(new Paragraph(LetterFonts.LEADING, text, fonts.body()), 0, 6);
    };
  }

  private static Paragraph spaced(Paragraph paragraph, float before, float after) {
    paragraph.setSpacingBefore(before);
    paragraph.setSpacingAfter(after);
    return paragraph;
  }

  /**
   * Vertical space of the given height. OpenPDF's own spacing of tables is written with a default
   * (Helvetica) blank, which would add a second, non-embedded font; this uses ours.
   */
  static Paragraph gap(float height) {
    return new Paragraph(height, " ", LetterFonts.get().body());
  }

  private List newList() {
    List list = new List(List.UNORDERED, 12);
    list.setListSymbol(new Chunk("\u2022", fonts.body()));
    list.setIndentationLeft(6);
    return list;
  }
}
