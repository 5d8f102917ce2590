package no.ledsagerbevis.letters;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts of all our PDFs: Liberation Sans (SIL Open Font License), the TrueType font shipped inside
 * the OpenPDF jar, embedded as a subset with Identity-H encoding so that every Latin letter prints,
 * æøå as well as Sami names (č, đ, ŋ, š, ŧ, ž). Bold is OpenPDF's simulated bold (fill and stroke) of
 * the same face, so a document embeds one font only. The base font is loaded once and shared by every
 * document (the per-document subset lives in the writer), which keeps rendering fast.
 */
final class LetterFonts {

  static final float BODY_SIZE = 10f;
  static final float LEADING = 13.5f;

  private static final LetterFonts INSTANCE = new LetterFonts();

  private static final String FONT_RESOURCE = "/font-fallback/LiberationSans-Regular.ttf";

  private final BaseFont regular;

  private LetterFonts() {
    try (InputStream in = LetterFonts.class.getResourceAsStream(FONT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Font missing from the class path: " + FONT_RESOURCE);
      }
      regular = BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
          BaseFont.CACHED, in.readAllBytes(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static LetterFonts get() {
    return INSTANCE;
  }

  BaseFont regularBase() {
    return regular;
  }

  Font body() {
    return new Font(regular, BODY_SIZE);
  }

  Font bold() {
    return new Font(regular, BODY_SIZE, Font.BOLD);
  }

  Font title() {
    return new Font(regular, 14f, Font.BOLD);
  }

  Font heading() {
    return new Font(regular, 11.5f, Font.BOLD);
  }

  Font letterhead() {
    return new Font(regular, 16f, Font.BOLD);
  }

  Font small() {
    return new Font(regular, 8.5f);
  }

  Font smallBold() {
    return new Font(regular, 8.5f, Font.BOLD);
  }
}
