package no.ledsagerbevis.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The simulator's SvarUt checks, one rule at a time. */
class ForsendelseValidatorTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final byte[] PDF = "%PDF-1.4 brev".getBytes();

  @Test
  void acceptsAValidLetterForPrint() {
    assertThat(ForsendelseValidator.valider(brev(), List.of(pdf("vedtak.pdf")))).isEmpty();
  }

  @Test
  void fileMustComeWithTheNameOfItsDokument() {
    assertThat(meldinger(brev(), List.of(pdf("annet.pdf")))).anyMatch(m -> m.contains("Fildel 1 heter «annet.pdf»"));
  }

  @Test
  void numberOfFilesMustMatchDokumenter() {
    assertThat(meldinger(brev(), List.of(pdf("vedtak.pdf"), pdf("ekstra.pdf")))).anyMatch(m -> m.contains("2 fildeler"));
  }

  @Test
  void filnavnMayNotContainForbiddenCharacters() {
    ObjectNode brev = brev();
    ((ObjectNode) brev.withArray("dokumenter").get(0)).put("filnavn", "ved/tak.pdf");
    assertThat(meldinger(brev, List.of(pdf("ved/tak.pdf")))).anyMatch(m -> m.contains("kan ikke inneholde"));
  }

  @Test
  void printNeedsAPostalAddress() {
    ObjectNode brev = brev();
    ((ObjectNode) brev.get("mottaker")).remove("postnummer");
    assertThat(meldinger(brev, List.of(pdf("vedtak.pdf")))).anyMatch(m -> m.contains("mottaker.postnummer"));
  }

  @Test
  void digitalOnlyNeedsNoAddressButADigitalId() {
    ObjectNode brev = brev();
    brev.put("kunDigitalLevering", true);
    ObjectNode mottaker = (ObjectNode) brev.get("mottaker");
    mottaker.remove(List.of("postnummer", "poststed", "digitalId"));
    assertThat(meldinger(brev, List.of(pdf("vedtak.pdf")))).containsExactly("mottaker.digitalId er påkrevd ved kun digital levering.");
  }

  @Test
  void aPdfMustBeAPdf() {
    assertThat(meldinger(brev(), List.of(new ForsendelseValidator.Filpart("vedtak.pdf", "application/pdf", "hei".getBytes()))))
        .anyMatch(m -> m.contains("er ikke en PDF"));
  }

  @Test
  void acceptsAnOrganisationAsRecipient() {
    ObjectNode brev = brev();
    ((ObjectNode) brev.get("mottaker")).put("digitalId", "958935420");
    assertThat(ForsendelseValidator.valider(brev, List.of(pdf("vedtak.pdf")))).isEmpty();
    assertThat(ForsendelseValidator.erOrganisasjonsnummer("958935421")).isFalse();
  }

  @Test
  void aTooLongExternalReferenceIsRejected() {
    ObjectNode brev = brev();
    brev.put("eksternReferanse", "r".repeat(101));
    assertThat(meldinger(brev, List.of(pdf("vedtak.pdf")))).containsExactly("eksternReferanse kan ha høyst 100 tegn.");
  }

  private static List<String> meldinger(JsonNode brev, List<ForsendelseValidator.Filpart> filer) {
    return ForsendelseValidator.valider(brev, filer).stream().map(ForsendelseValidator.Feil::melding).toList();
  }

  private static ForsendelseValidator.Filpart pdf(String filnavn) {
    return new ForsendelseValidator.Filpart(filnavn, "application/pdf", PDF);
  }

  private static ObjectNode brev() {
    try {
      return (ObjectNode) JSON.readTree("""
          {"tittel":"Vedtak","eksternReferanse":"sak-1",
           "mottaker":{"navn":"Ingrid Bergersen","digitalId":"15838500355","adresselinje1":"Bryggen 5","postnummer":"5003","poststed":"BERGEN"},
           "dokumenter":[{"filnavn":"vedtak.pdf","mimeType":"application/pdf"}]}""");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
