package no.ledsagerbevis.letters;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import java.util.Map;

/** Turns the blocks of a {@link LetterTemplate} into OpenPDF elements with our typography. */
final class BlockWriter {

  private final LetterFonts fonts = LetterFonts.get();

  void write(Document document, LetterTemplate template, Map<String, String> values) throws DocumentException {
    List bullets = null;
    for (LetterTemplate.Block block : template.blocksFor(values)) {
      String text = block.fill(values);
      if (block.kind() == LetterTemplate.Kind.BULLET) {
        if (bullets == null) {
          bullets = newList();
        }
        ListItem item = new ListItem(LetterFonts.LEADING, text, fonts.body());
        item.setSpacingAfter(2);
        bullets.add(item);
        continue;
      }
      if (bullets != null) {
        document.add(bullets);
        document.add(spacer());
        bullets = null;
      }
      document.add(paragraph(block.kind(), text));
    }
    if (bullets != null) {
      document.add(bullets);
      document.add(spacer());
    }
  }

  private Paragraph paragraph(LetterTemplate.Kind kind, String text) {
    return switch (kind) {
      case TITLE -> spaced(new Paragraph(18, text, fonts.title()), 0, 8);
      case HEADING -> spaced(new Paragraph(LetterFonts.LEADING, text, fonts.heading()), 8, 2);
      case LINE -> new Paragraph(LetterFonts.LEADING, text, fonts.body());
      default -> spaced(new Paragraph(LetterFonts.LEADING, text, fonts.body()), 0, 6);
    };
  }

  private static Paragraph spaced(Paragraph paragraph, float before, float after) {
    paragraph.setSpacingBefore(before);
    paragraph.setSpacingAfter(after);
    return paragraph;
  }

  private List newList() {
    List list = new List(List.UNORDERED, 12);
    list.setListSymbol(new Chunk("\u2022", fonts.body()));
    list.setIndentationLeft(6);
    return list;
  }

  private static Paragraph spacer() {
    return new Paragraph(4, " ");
  }
}
