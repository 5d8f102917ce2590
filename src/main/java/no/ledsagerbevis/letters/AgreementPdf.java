package no.ledsagerbevis.letters;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Renders the tjenestebilag (service appendix to the municipality's Fiks agreement) as PDF, from
 * {@code letters/tjenestebilag_nb.txt}; a signed document gets a signature page from
 * {@code letters/tjenestebilag-signatur_nb.txt}. The pages before the signature page are the same
 * for the unsigned and the signed document.
 */
@Component
public class AgreementPdf {

  private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH:mm:ss", Locale.forLanguageTag("nb-NO"));

  private final LetterTemplate terms = LetterTemplate.load("tjenestebilag_nb.txt");
  private final LetterTemplate signaturePage = LetterTemplate.load("tjenestebilag-signatur_nb.txt");
  private final LetterLabels labels = LetterLabels.load(Spraak.BOKMAAL);
  private final BlockWriter blocks = new BlockWriter();

  public byte[] render(AgreementDocument doc) {
    Map<String, String> values = values(doc);
    PdfBuilder.Metadata metadata = new PdfBuilder.Metadata(
        "Tjenestebilag – Digitalt ledsagerbevis – " + doc.kommunenavn(),
        "Tjenestebilag versjon " + doc.versjon() + (doc.signatur() == null ? "" : ", signert"),
        "KS", "nb-NO", doc.generert());
    PageFooter footer = new PageFooter(List.of(
        "Tjenestebilag Digitalt ledsagerbevis, versjon " + doc.versjon(),
        doc.kommunenavn() + " (kommunenummer " + doc.kommunenummer() + ", organisasjonsnummer "
            + doc.organisasjonsnummer() + ")"),
        labels.get("side"), labels.get("av"));
    return PdfBuilder.build(metadata, footer, (document, writer) -> {
      blocks.write(document, terms, values);
      if (doc.signatur() != null) {
        document.newPage();
        blocks.write(document, signaturePage, values);
      }
    });
  }

  private static Map<String, String> values(AgreementDocument doc) {
    Map<String, String> values = new HashMap<>();
    values.put("kommunenavn", doc.kommunenavn());
    values.put("kommunenummer", doc.kommunenummer());
    values.put("organisasjonsnummer", doc.organisasjonsnummer());
    values.put("versjon", doc.versjon());
    values.put("generert", time(doc.generert().toInstant().atZone(NORWAY)));
    AgreementSignature signatur = doc.signatur();
    if (signatur != null) {
      values.put("navn", signatur.navn());
      values.put("brukerId", signatur.brukerId());
      values.put("tidspunkt", time(signatur.tidspunkt().toInstant().atZone(NORWAY)));
      values.put("sha256", signatur.sha256AvUsignertDokument().toLowerCase(Locale.ROOT));
    }
    return values;
  }

  private static String time(java.time.ZonedDateTime time) {
    return TIME.format(time);
  }
}
