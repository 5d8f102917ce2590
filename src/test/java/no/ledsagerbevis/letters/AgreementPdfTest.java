package no.ledsagerbevis.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.junit.jupiter.api.Test;

class AgreementPdfTest {

  private static final OffsetDateTime GENERERT = OffsetDateTime.parse("2026-11-24T10:15:30+01:00");
  private static final AgreementDocument OSLO =
      new AgreementDocument("Oslo kommune", "0301", "974760673", "1.0", GENERERT, null);

  private final AgreementPdf pdf = new AgreementPdf();

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private static AgreementSignature signature(String sha256) {
    return new AgreementSignature("kari.admin", "Kari Administrator",
        OffsetDateTime.parse("2026-11-25T09:30:00+01:00"), sha256);
  }

  @Test
  void theUnsignedAgreementNamesTheMunicipalityAndStatesTheTerms() {
    PdfText text = PdfText.of(pdf.render(OSLO));

    assertThat(text.all()).contains("Tjenestebilag – Digitalt ledsagerbevis")
        .contains("Oslo kommune (kommunenummer 0301, organisasjonsnummer 974760673)")
        .contains("Versjon 1.0, generert 24. november 2026 kl. 10:15:30")
        .contains("Kommunen er behandlingsansvarlig")
        .contains("KS er databehandler for kommunen")
        .contains("SvarUt").contains("Fiks folkeregister").contains("Fiks dokumentlager")
        .contains("Fiks melding og varsling (SMS)")
        .contains("gjennom kommunens egen SvarUt-konto")
        .contains("Varighet og oppsigelse")
        .doesNotContain("Signert av");
    assertThat(text.page(1)).contains("organisasjonsnummer 974760673").contains("Side 1 av " + text.pageCount());
  }

  @Test
  void theSignedAgreementHasASignaturePageWithSignerTimeAndHash() throws Exception {
    byte[] unsigned = pdf.render(OSLO);
    String hash = sha256(unsigned);

    PdfText unsignedText = PdfText.of(unsigned);
    PdfText signedText = PdfText.of(pdf.render(OSLO.signert(signature(hash))));

    assertThat(signedText.pageCount()).isEqualTo(unsignedText.pageCount() + 1);
    assertThat(signedText.pages().subList(0, unsignedText.pageCount()))
        .containsExactlyElementsOf(unsignedText.pages().stream()
            .map(page -> page.replace(" av " + unsignedText.pageCount(), " av " + signedText.pageCount()))
            .toList());
    String signaturePage = signedText.page(signedText.pageCount());
    assertThat(signaturePage).contains("Signatur")
        .contains("Navn: Kari Administrator")
        .contains("Bruker-id: kari.admin")
        .contains("Tidspunkt: 25. november 2026 kl. 09:30:00")
        .contains(hash)
        .contains("på vegne av Oslo kommune");
  }

  @Test
  void theTimesArePrintedInNorwegianTime() {
    AgreementDocument utc = new AgreementDocument("Oslo kommune", "0301", "974760673", "1.0",
        OffsetDateTime.parse("2026-07-01T10:00:00Z"), null);

    assertThat(PdfText.of(pdf.render(utc)).all()).contains("generert 1. juli 2026 kl. 12:00:00");
  }

  @Test
  void theMetadataCarriesTitleAndTheGenerationTime() throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf.render(OSLO))) {
      PDDocumentInformation info = document.getDocumentInformation();

      assertThat(info.getTitle()).isEqualTo("Tjenestebilag – Digitalt ledsagerbevis – Oslo kommune");
      assertThat(info.getCreationDate().toInstant()).isEqualTo(GENERERT.toInstant());
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nb-NO");
    }
  }

  @Test
  void refusesASignatureWithoutAValidHash() {
    assertThatThrownBy(() -> signature("abc"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sha256");
  }

  @Test
  void refusesAnInvalidOrganisasjonsnummer() {
    assertThatThrownBy(() -> new AgreementDocument("Oslo kommune", "0301", "97476067", "1.0", GENERERT, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("organisasjonsnummer");
  }

  @Test
  void aHashIsPrintedInLowerCase() {
    byte[] digest = new byte[32];
    Arrays.fill(digest, (byte) 0xAB);
    String upper = HexFormat.of().withUpperCase().formatHex(digest);

    String text = PdfText.of(pdf.render(OSLO.signert(signature(upper)))).all();

    assertThat(text).contains(upper.toLowerCase()).doesNotContain(upper);
  }
}
