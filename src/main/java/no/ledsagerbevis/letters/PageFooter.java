package no.ledsagerbevis.letters;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.util.List;

/**
 * Draws the footer on every page: a rule, the given lines on the left (the first in bold) and
 * "Side n av m" on the right. The total is written into a shared template when the document closes.
 */
final class PageFooter extends PdfPageEventHelper {

  private static final float SIZE = 8.5f;
  /** Room below the baseline inside the page-total template, so that no glyph is clipped. */
  private static final float DESCENT = 3f;

  private final List<String> lines;
  private final String pageLabel;
  private final String ofLabel;
  private final LetterFonts fonts = LetterFonts.get();
  private PdfTemplate total;

  PageFooter(List<String> lines, String pageLabel, String ofLabel) {
    this.lines = List.copyOf(lines);
    this.pageLabel = pageLabel;
    this.ofLabel = ofLabel;
  }

  @Override
  public void onOpenDocument(PdfWriter writer, Document document) {
    total = writer.getDirectContent().createTemplate(30, 14);
  }

  @Override
  public void onEndPage(PdfWriter writer, Document document) {
    PdfContentByte cb = writer.getDirectContent();
    float left = document.left();
    float right = document.right();
    float top = document.bottom() - 22;

    cb.saveState();
    cb.setLineWidth(0.5f);
    cb.moveTo(left, top);
    cb.lineTo(right, top);
    cb.stroke();
    cb.restoreState();

    float y = top - 12;
    for (int i = 0; i < lines.size(); i++) {
      Phrase phrase = new Phrase(lines.get(i), i == 0 ? fonts.smallBold() : fonts.small());
      ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, phrase, left, y, 0);
      y -= 11;
    }

    // ColumnText trims the trailing space, so the total (written when the document closes) is placed
    // one space width to the right of "Side n av".
    String page = pageLabel + " " + writer.getPageNumber() + " " + ofLabel;
    float totalWidth = fonts.regularBase().getWidthPoint("999", SIZE);
    float space = fonts.regularBase().getWidthPoint(" ", SIZE);
    ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase(page, fonts.small()),
        right - totalWidth - space, top - 12, 0);
    cb.addTemplate(total, right - totalWidth, top - 12 - DESCENT);
  }

  @Override
  public void onCloseDocument(PdfWriter writer, Document document) {
    ColumnText.showTextAligned(total, Element.ALIGN_LEFT,
        new Phrase(String.valueOf(writer.getPageNumber() - 1), fonts.small()), 0, DESCENT, 0);
  }
}
