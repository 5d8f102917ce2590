package no.ledsagerbevis.letters;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.OffsetDateTime;
import java.util.GregorianCalendar;

/**
 * Opens an A4 document with our margins, footer and metadata, lets the caller add the content, and
 * returns the PDF bytes. The bytes are not reproducible (OpenPDF tags each font subset at random), so
 * whoever needs a document's checksum keeps the bytes it was computed from.
 */
final class PdfBuilder {

  static final float MARGIN_LEFT = 62;
  static final float MARGIN_RIGHT = 62;
  static final float MARGIN_TOP = 56;
  static final float MARGIN_BOTTOM = 96;

  /** What goes into the PDF's document information dictionary. */
  record Metadata(String title, String subject, String author, String language, OffsetDateTime created) {
  }

  @FunctionalInterface
  interface Content {
    void addTo(Document document, PdfWriter writer) throws DocumentException;
  }

  private PdfBuilder() {
  }

  static byte[] build(Metadata metadata, PageFooter footer, Content content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    Document document = new Document(PageSize.A4, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      writer.setPdfVersion(PdfWriter.VERSION_1_7);
      writer.setFullCompression();
      writer.setPageEvent(footer);
      describe(writer, metadata);
      writer.getExtraCatalog().put(PdfName.LANG, new PdfString(metadata.language()));
      document.addTitle(metadata.title());
      document.addSubject(metadata.subject());
      document.addAuthor(metadata.author());
      document.open();
      content.addTo(document, writer);
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("Could not render PDF: " + metadata.title(), e);
    }
    return out.toByteArray();
  }

  private static void describe(PdfWriter writer, Metadata metadata) {
    PdfDictionary info = writer.getInfo();
    GregorianCalendar created = GregorianCalendar.from(metadata.created().toZonedDateTime());
    info.put(PdfName.CREATIONDATE, new PdfDate(created));
    info.put(PdfName.MODDATE, new PdfDate(created));
    info.put(PdfName.PRODUCER, new PdfString("Digitalt ledsagerbevis (OpenPDF)"));
  }
}
