package no.ledsagerbevis.letters;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Renders a decision letter (vedtaksbrev) as PDF: the template chosen by decision and language
 * ({@code letters/vedtak-innvilget_nb.txt}, ...), followed by the common part on complaints and the
 * closing ({@code letters/vedtak-felles_nb.txt}). The municipality's postal address and phone are in
 * the footer of every page. Thread-safe; templates are parsed once.
 */
@Component
public class DecisionLetterPdf {

  private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

  private final Map<Spraak, Language> languages = new EnumMap<>(Spraak.class);
  private final LetterFonts fonts = LetterFonts.get();
  private final BlockWriter blocks = new BlockWriter();

  public DecisionLetterPdf() {
    for (Spraak spraak : Spraak.values()) {
      languages.put(spraak, new Language(spraak));
    }
  }

  /** The PDF bytes of the letter. The letter's record has already checked its required fields. */
  public byte[] render(DecisionLetter letter) {
    Language language = languages.get(letter.spraak());
    Map<String, String> values = values(letter, language);
    PdfBuilder.Metadata metadata = new PdfBuilder.Metadata(
        language.template(letter.vedtak()).title(),
        language.labels.get("emne") + " " + letter.saksId(),
        letter.kommunenavn(), language.spraak.locale().toLanguageTag(),
        OffsetDateTime.now(NORWAY));
    PageFooter footer = new PageFooter(footerLines(letter, language.labels),
        language.labels.get("side"), language.labels.get("av"));
    return PdfBuilder.build(metadata, footer, (document, writer) -> {
      letterhead(document, letter, language);
      blocks.write(document, language.template(letter.vedtak()), values);
      blocks.write(document, language.common, values);
    });
  }

  private Map<String, String> values(DecisionLetter letter, Language language) {
    Map<String, String> values = new HashMap<>();
    values.put("kommunenavn", letter.kommunenavn());
    values.put("saksId", letter.saksId());
    values.put("mottakerNavn", letter.mottakerNavn());
    values.put("maskertFnr", letter.maskertFnr());
    values.put("vedtaksdato", language.date(letter.vedtaksdato()));
    values.put("saksbehandler", letter.saksbehandler());
    values.put("telefon", letter.footer().telefon());
    values.put("postadresse", postadresse(letter.footer()));
    if (letter.referansenummer() != null && !letter.referansenummer().isBlank()) {
      values.put("referansenummer", letter.referansenummer());
    }
    if (letter.begrunnelse() != null && !letter.begrunnelse().isBlank()) {
      values.put("begrunnelse", letter.begrunnelse().strip().replace("\r\n", "\n"));
    }
    if (letter.vedtak() == Vedtak.INNVILGET) {
      values.put("antallLedsagere", language.labels.get("ledsagere." + letter.antallLedsagere()));
      values.put("utlopsdato", language.date(letter.utlopsdato()));
    }
    return values;
  }

  private static String postadresse(Footer footer) {
    return footer.postadressenavn() + ", " + footer.postnummer() + " " + footer.poststed();
  }

  private static List<String> footerLines(DecisionLetter letter, LetterLabels labels) {
    Footer footer = letter.footer();
    return List.of(letter.kommunenavn(),
        labels.get("postadresse") + ": " + postadresse(footer) + "   " + labels.get("telefon") + ": "
            + footer.telefon());
  }

  /**
   * The municipality, the recipient's address block (name and address lines only: no fødselsnummer,
   * and only the name when the address is protected), then the case facts in a row beneath it.
   */
  private void letterhead(Document document, DecisionLetter letter, Language language) throws DocumentException {
    PdfPTable head = table(new float[] {55, 45});
    head.addCell(cell(new Phrase(letter.kommunenavn(), fonts.letterhead())));
    PdfPCell confidential = cell(new Phrase(language.labels.get("skjerming"), fonts.small()));
    confidential.setHorizontalAlignment(Element.ALIGN_RIGHT);
    head.addCell(confidential);
    document.add(head);
    document.add(BlockWriter.gap(28));

    Paragraph recipient = new Paragraph(LetterFonts.LEADING, letter.mottakerNavn(), fonts.body());
    for (String line : letter.mottakerAdresse()) {
      recipient.add(new Phrase("\n" + line, fonts.body()));
    }
    recipient.setSpacingAfter(22);
    document.add(recipient);
    document.add(facts(letter, language));
    document.add(BlockWriter.gap(20));
  }

  private PdfPTable facts(DecisionLetter letter, Language language) {
    List<String[]> facts = new ArrayList<>();
    facts.add(new String[] {language.labels.get("saksnummer"), letter.saksId()});
    if (letter.referansenummer() != null && !letter.referansenummer().isBlank()) {
      facts.add(new String[] {language.labels.get("referanse"), letter.referansenummer()});
    }
    facts.add(new String[] {language.labels.get("dato"), language.date(letter.vedtaksdato())});
    float[] widths = facts.size() == 3 ? new float[] {45, 30, 25} : new float[] {45, 55};
    PdfPTable table = table(widths);
    facts.forEach(fact -> table.addCell(cell(new Phrase(fact[0], fonts.smallBold()))));
    facts.forEach(fact -> table.addCell(cell(new Phrase(fact[1], fonts.small()))));
    return table;
  }

  static PdfPTable table(float[] widths) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setHorizontalAlignment(Element.ALIGN_LEFT);
    return table;
  }

  static PdfPCell cell(Phrase phrase) {
    PdfPCell cell = new PdfPCell(phrase);
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setPadding(0);
    cell.setPaddingBottom(2);
    return cell;
  }

  /** The templates, labels and date format of one language. */
  private static final class Language {
    private final Spraak spraak;
    private final LetterLabels labels;
    private final Map<Vedtak, LetterTemplate> templates = new EnumMap<>(Vedtak.class);
    private final LetterTemplate common;
    private final DateTimeFormatter dates;

    Language(Spraak spraak) {
      this.spraak = spraak;
      this.labels = LetterLabels.load(spraak);
      templates.put(Vedtak.INNVILGET, LetterTemplate.load("vedtak-innvilget_" + spraak.code() + ".txt"));
      templates.put(Vedtak.AVSLAATT, LetterTemplate.load("vedtak-avslaatt_" + spraak.code() + ".txt"));
      this.common = LetterTemplate.load("vedtak-felles_" + spraak.code() + ".txt");
        // A no-break space keeps "24. november" on one line.
      this.dates = DateTimeFormatter.ofPattern("d.\u00A0MMMM yyyy", spraak.locale());
    }

    LetterTemplate template(Vedtak vedtak) {
      return templates.get(vedtak);
    }

    String date(java.time.LocalDate date) {
      return dates.format(date);
    }
  }
}
