package no.ledsagerbevis.letters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a PDF as PDFBox extracts it, page by page, with all white space folded to one space, and
 * the fonts used on its pages. The order is the order of writing: the flowing text first, then what
 * OpenPDF writes on separate layers (tables such as the letterhead and the case facts, list bullets).
 */
record PdfText(List<String> pages, List<PDFont> fonts) {

  static PdfText of(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<String> pages = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        pages.add(normalize(stripper.getText(document)));
      }
      List<PDFont> fonts = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          fonts.add(page.getResources().getFont(name));
        }
      }
      return new PdfText(pages, fonts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String normalize(String text) {
    return text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
  }

  String all() {
    return String.join(" ", pages);
  }

  String page(int number) {
    return pages.get(number - 1);
  }

  int pageCount() {
    return pages.size();
  }
}
