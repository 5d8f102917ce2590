package no.ledsagerbevis.letters;

import static no.ledsagerbevis.letters.Letters.ADRESSE;
import static no.ledsagerbevis.letters.Letters.FNR;
import static no.ledsagerbevis.letters.Letters.MASKED_FNR;
import static no.ledsagerbevis.letters.Letters.SAKS_ID;
import static no.ledsagerbevis.letters.Letters.approval;
import static no.ledsagerbevis.letters.Letters.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DecisionLetterPdfTest {

  private final DecisionLetterPdf pdf = new DecisionLetterPdf();

  static Stream<DecisionLetter> allVariants() {
    return Stream.of(approval(Spraak.BOKMAAL), refusal(Spraak.BOKMAAL), approval(Spraak.NYNORSK),
        refusal(Spraak.NYNORSK));
  }

  private PdfText text(DecisionLetter letter) {
    return PdfText.of(pdf.render(letter));
  }

  @Test
  void approvalInBokmaalStatesTheDecisionCompanionsValidityAndHowToLogInToTheApp() {
    String text = text(approval(Spraak.BOKMAAL)).all();

    assertThat(text).contains("Vedtak om ledsagerbevis – innvilget")
        .contains("søknaden er innvilget")
        .contains("Du får ledsagerbevis for to ledsagere")
        .contains("gjelder fra 24. november 2026 til og med 24. november 2028")
        .contains("«Digitalt ledsagerbevis»")
        .contains("logg inn med telefonnummeret ditt og koden du får på SMS")
        .doesNotContain("avslått");
  }

  @Test
  void approvalForOneCompanionSaysOneCompanion() {
    DecisionLetter one = new DecisionLetter(Spraak.BOKMAAL, Vedtak.INNVILGET, "Bergen kommune", SAKS_ID, null,
        "Ola Nordmann", ADRESSE, MASKED_FNR, Letters.VEDTAKSDATO, 1, Letters.UTLOPSDATO, null, "Per", Letters.FOOTER);

    assertThat(text(one).all()).contains("Du får ledsagerbevis for én ledsager").contains("Bergen kommune");
  }

  @Test
  void refusalInBokmaalStatesTheDecisionAndTheReasons() {
    String text = text(refusal(Spraak.BOKMAAL)).all();

    assertThat(text).contains("Vedtak om ledsagerbevis – avslag")
        .contains("Søknaden er avslått")
        .contains("Du får ikke ledsagerbevis")
        .contains("Begrunnelse " + Letters.BEGRUNNELSE)
        .doesNotContain("Digitalt ledsagerbevis");
  }

  @Test
  void approvalInNynorskIsWrittenInNynorsk() {
    String text = text(approval(Spraak.NYNORSK)).all();

    assertThat(text).contains("Vedtak om ledsagarbevis – innvilga")
        .contains("Du får ledsagarbevis for to ledsagarar")
        .contains("gjeld frå 24. november 2026 til og med 24. november 2028")
        .contains("Slik brukar du ledsagarbeviset")
        .contains("ikkje")
        .contains("tre veker frå den dagen du fekk dette brevet, jf. forvaltningslova § 29")
        .contains("Med venleg helsing")
        .doesNotContain("ledsagerbeviset").doesNotContain("Med vennlig hilsen");
  }

  @Test
  void refusalInNynorskIsWrittenInNynorskWithTheReasons() {
    String text = text(refusal(Spraak.NYNORSK)).all();

    assertThat(text).contains("Vedtak om ledsagarbevis – avslag")
        .contains("Du får ikkje ledsagarbevis")
        .contains("Grunngiving " + Letters.BEGRUNNELSE)
        .contains("Kva betyr dette for deg?")
        .doesNotContain("Begrunnelse");
  }

  @ParameterizedTest
  @MethodSource("allVariants")
  void everyVariantExplainsHowToComplain(DecisionLetter letter) {
    String text = text(letter).all();

    if (letter.spraak() == Spraak.BOKMAAL) {
      assertThat(text).contains("Du kan klage på vedtaket")
          .contains("Klagefristen er tre uker fra den dagen du mottok dette brevet, jf. forvaltningsloven § 29")
          .contains("Klagen sender du til Oslo kommune, Postboks 6999 St. Olavs plass, 0130 Oslo");
    } else {
      assertThat(text).contains("Du kan klage på vedtaket")
          .contains("Klagefristen er tre veker frå den dagen du fekk dette brevet, jf. forvaltningslova § 29")
          .contains("Klaga sender du til Oslo kommune, Postboks 6999 St. Olavs plass, 0130 Oslo");
    }
    assertThat(text).contains("saksnummer " + SAKS_ID);
  }

  @ParameterizedTest
  @MethodSource("allVariants")
  void everyPageHasTheFooterWithTheMunicipalitysPostalAddressAndPhone(DecisionLetter letter) {
    PdfText text = text(letter);

    for (String page : text.pages()) {
      assertThat(page).contains("Oslo kommune Postadresse: Postboks 6999 St. Olavs plass, 0130 Oslo Telefon: 21802180")
          .containsPattern("Side \\d av " + text.pageCount());
    }
  }

  @ParameterizedTest
  @MethodSource("allVariants")
  void theFullFodselsnummerIsNeverPrinted(DecisionLetter letter) {
    String text = text(letter).all();

    assertThat(text).doesNotContain(FNR).doesNotContain(FNR.substring(6));
    assertThat(text.replace(" ", "")).doesNotContain(FNR);
  }

  @ParameterizedTest
  @MethodSource("allVariants")
  void theAddressBlockHasNameAndAddressButNoFodselsnummer(DecisionLetter letter) {
    String firstPage = text(letter).page(1);
    String title = letter.spraak() == Spraak.BOKMAAL ? "Vedtak om ledsagerbevis" : "Vedtak om ledsagarbevis";
    String addressBlock = firstPage.substring(firstPage.indexOf("Åse Ærlig Øverby"), firstPage.indexOf(title));

    assertThat(addressBlock).isEqualTo("Åse Ærlig Øverby Storgata 1 H0201 0155 Oslo ");
    assertThat(firstPage).contains("fødselsnummer " + MASKED_FNR);
  }

  @Test
  void aProtectedAddressPrintsOnlyTheName() {
    DecisionLetter protectedAddress = Letters.withAddress(approval(Spraak.BOKMAAL), "Åse Ærlig Øverby", List.of());

    String firstPage = text(protectedAddress).page(1);

    assertThat(protectedAddress.adresseBeskyttet()).isTrue();
    assertThat(firstPage).doesNotContain("Storgata").doesNotContain("0155")
        .contains("Åse Ærlig Øverby Vedtak om ledsagerbevis");
  }

  @Test
  void norwegianAndSamiLettersSurvive() {
    DecisionLetter letter = Letters.withAddress(refusal(Spraak.BOKMAAL), "Áilu Čeaŋŋu Ødegård",
        List.of("Bæreia 7 Ærøy", "9730 Kárášjohka"));

    String text = text(letter).all();

    assertThat(text).contains("Áilu Čeaŋŋu Ødegård").contains("Bæreia 7 Ærøy").contains("9730 Kárášjohka")
        .contains("Legeerklæringen viser at behovet for følge");
  }

  @Test
  void theFontIsEmbedded() {
    PdfText text = text(approval(Spraak.BOKMAAL));

    assertThat(text.fonts()).isNotEmpty().allMatch(PDFont::isEmbedded);
  }

  @Test
  void theMunicipalitysReferenceIsPrintedOnlyWhenGiven() {
    assertThat(text(approval(Spraak.BOKMAAL)).page(1)).contains("Vår referanse").contains("2026/4711");
    assertThat(text(refusal(Spraak.BOKMAAL)).page(1)).doesNotContain("Vår referanse");
  }

  @Test
  void anApprovalMayCarryReasonsToo() {
    DecisionLetter withReasons = Letters.withBegrunnelse(approval(Spraak.BOKMAAL), "Behovet er dokumentert av fastlegen.");

    assertThat(text(withReasons).all()).contains("Begrunnelse Behovet er dokumentert av fastlegen.");
    assertThat(text(approval(Spraak.BOKMAAL)).all()).doesNotContain("Begrunnelse");
  }

  @Test
  void reasonsOverSeveralLinesArePrintedWhole() {
    DecisionLetter letter = Letters.withBegrunnelse(refusal(Spraak.BOKMAAL), "Første grunn.\r\nAndre grunn.\n\nTredje grunn.");

    assertThat(text(letter).all()).contains("Begrunnelse Første grunn. Andre grunn. Tredje grunn. Hva betyr");
  }

  @Test
  void aLongLetterGetsTheFooterAndPageNumberOnEveryPage() {
    String longReasons = "Kommunen har vurdert søknaden grundig og lagt vekt på legeerklæringen. ".repeat(80);
    PdfText text = text(Letters.withBegrunnelse(refusal(Spraak.BOKMAAL), longReasons));

    assertThat(text.pageCount()).isGreaterThan(1);
    for (int page = 1; page <= text.pageCount(); page++) {
      assertThat(text.page(page)).contains("Telefon: 21802180").contains("Side " + page + " av " + text.pageCount());
    }
  }

  @Test
  void theGreetingAndSignatureStayTogether() {
    PdfText text = text(approval(Spraak.BOKMAAL));
    String lastPage = text.page(text.pageCount());

    assertThat(lastPage).contains("Med vennlig hilsen Kari Saksbehandler Oslo kommune Dette brevet er godkjent "
        + "elektronisk og har derfor ingen underskrift.");
  }

  @Test
  void rendersConcurrently() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> results = Stream.concat(allVariants(), allVariants())
          .map(letter -> pool.submit(() -> pdf.render(letter))).toList();
      for (Future<byte[]> result : results) {
        assertThat(PdfText.of(result.get()).all()).contains("Oslo kommune").contains("Du kan klage på vedtaket");
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
