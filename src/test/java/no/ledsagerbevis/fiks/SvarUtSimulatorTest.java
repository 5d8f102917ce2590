package no.ledsagerbevis.fiks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import no.ledsagerbevis.fiks.svarut.Dokument;
import no.ledsagerbevis.fiks.svarut.Fil;
import no.ledsagerbevis.fiks.svarut.Forsendelse;
import no.ledsagerbevis.fiks.svarut.ForsendelseStatus;
import no.ledsagerbevis.fiks.svarut.IdempotentSvarUtSender;
import no.ledsagerbevis.fiks.svarut.Mottaker;
import no.ledsagerbevis.fiks.svarut.SvarUtClient;
import no.ledsagerbevis.support.H2AppTest;
import no.ledsagerbevis.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The SvarUt client against the bundled simulator on the running app. */
@TestPropertySource(properties = "ledsagerbevis.fiks.simulator.status-step=300ms")
class SvarUtSimulatorTest extends H2AppTest {

  private static final String KONTO = SimulatorSeed.OSLO_KONTO_LEDSAGERBEVIS;

  @Autowired
  SvarUtClient svarUt;

  @Autowired
  IdempotentSvarUtSender sender;

  @Test
  void sendsALetterThatTheSimulatorShowsWithItsPdf() {
    String referanse = "sak-" + UUID.randomUUID();
    byte[] pdf = TestPdf.withText("Vedtak om ledsagerbevis");

    String id = svarUt.send(KONTO, brev(referanse, SimulatorSeed.KARI_DIGITAL, false), List.of(Fil.pdf("vedtak.pdf", pdf)));

    JsonNode forsendelse = forsendelseISimulatoren(id);
    assertThat(forsendelse.path("kontoId").asText()).isEqualTo(KONTO);
    assertThat(forsendelse.path("tittel").asText()).isEqualTo("Vedtak om ledsagerbevis");
    assertThat(forsendelse.path("eksternReferanse").asText()).isEqualTo(referanse);
    assertThat(forsendelse.path("mottaker").path("digitalId").asText()).isEqualTo(SimulatorSeed.KARI_DIGITAL);
    assertThat(forsendelse.path("mottaker").path("navn").asText()).isEqualTo("Kari Nordmann");
    JsonNode dokument = forsendelse.path("dokumenter").get(0);
    assertThat(dokument.path("filnavn").asText()).isEqualTo("vedtak.pdf");
    assertThat(dokument.path("mimeType").asText()).isEqualTo("application/pdf");
    Http.Response fil = http().get(dokument.path("url").asText().substring(("http://localhost:" + port).length()));
    assertThat(fil.status()).isEqualTo(200);
    assertThat(fil.header("Content-Type")).hasValue("application/pdf");
    assertThat(TestPdf.text(fil.bytes())).contains("Vedtak om ledsagerbevis");

    Http.Response side = http().get("/fiks-simulator");
    assertThat(side.status()).isEqualTo(200);
    assertThat(side.body()).contains("Vedtak om ledsagerbevis", referanse, "/fiks-simulator/svarut/forsendelser/" + id + "/dokumenter/1");
  }

  @Test
  void findsAForsendelseByItsExternalReference() {
    String referanse = "sak-" + UUID.randomUUID();
    String id = svarUt.send(KONTO, brev(referanse, SimulatorSeed.KARI_DIGITAL, false), List.of(Fil.pdf("vedtak.pdf", TestPdf.withText("x"))));

    assertThat(svarUt.finnForsendelseId(KONTO, referanse)).contains(id);
    assertThat(svarUt.finnForsendelseId(KONTO, "finnes-ikke-" + UUID.randomUUID())).isEmpty();
  }

  @Test
  void sendOnceReusesTheForsendelseWithTheSameExternalReference() {
    String referanse = "sak-" + UUID.randomUUID();
    Forsendelse brev = brev(referanse, SimulatorSeed.KARI_DIGITAL, false);
    List<Fil> filer = List.of(Fil.pdf("vedtak.pdf", TestPdf.withText("x")));

    String first = sender.sendOnce(KONTO, brev, filer);
    String second = sender.sendOnce(KONTO, brev, filer);

    assertThat(second).isEqualTo(first);
    long antall = 0;
    for (JsonNode f : http().get("/fiks-simulator/api/svarut/forsendelser").json()) {
      if (referanse.equals(f.path("eksternReferanse").asText())) {
        antall++;
      }
    }
    assertThat(antall).isEqualTo(1);
  }

  @Test
  void aLetterToADigitalMailboxEndsLevertSdp() {
    assertThat(endStatus(SimulatorSeed.KARI_DIGITAL, false)).isEqualTo("LEVERT_SDP");
  }

  @Test
  void aLetterToSomeoneWithoutDigitalMailboxIsPrinted() {
    assertThat(endStatus(SimulatorSeed.INGRID_PRINT, false)).isEqualTo("PRINTET");
  }

  @Test
  void aLetterToTheConfiguredUndeliverableRecipientEndsIkkeLevert() {
    assertThat(endStatus(SimulatorSeed.IKKE_LEVERBAR, false)).isEqualTo("IKKE_LEVERT");
  }

  @Test
  void aDigitalOnlyLetterToSomeoneWithoutDigitalMailboxEndsIkkeLevert() {
    assertThat(endStatus(SimulatorSeed.INGRID_PRINT, true)).isEqualTo("IKKE_LEVERT");
  }

  @Test
  void statusesStartAtMottatt() {
    String id = svarUt.send(KONTO, brev("sak-" + UUID.randomUUID(), SimulatorSeed.KARI_DIGITAL, false),
        List.of(Fil.pdf("vedtak.pdf", TestPdf.withText("x"))));
    List<ForsendelseStatus> statuser = svarUt.statusSok(KONTO, List.of(id));
    assertThat(statuser).singleElement().satisfies(s -> {
      assertThat(s.id()).isEqualTo(id);
      assertThat(s.status()).isIn("MOTTATT", "AKSEPTERT");
      assertThat(s.isFinal()).isFalse();
      assertThat(s.sisteStatusEndring()).isNotNull();
    });
  }

  @Test
  void rejectsAForsendelseWithoutTitleWithTheRealServicesError() {
    Forsendelse utenTittel = new Forsendelse(null, mottaker(SimulatorSeed.KARI_DIGITAL), "Digitalt ledsagerbevis", "x",
        false, false, false, List.of(Dokument.pdf("vedtak.pdf", true)));

    assertThatThrownBy(() -> svarUt.send(KONTO, utenTittel, List.of(Fil.pdf("vedtak.pdf", TestPdf.withText("x")))))
        .isInstanceOfSatisfying(FiksClientException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.errorCode()).isEqualTo("VALIDERING_FEILET");
          assertThat(e.getMessage()).contains("tittel må fylles ut");
        });
  }

  @Test
  void rejectsATitleLongerThanTheSpecAllows() {
    Forsendelse lang = Forsendelse.builder().tittel("x".repeat(1001)).mottaker(mottaker(SimulatorSeed.KARI_DIGITAL))
        .eksternReferanse("r").dokument(Dokument.pdf("vedtak.pdf", true)).build();

    assertThatThrownBy(() -> svarUt.send(KONTO, lang, List.of(Fil.pdf("vedtak.pdf", TestPdf.withText("x")))))
        .isInstanceOfSatisfying(FiksClientException.class, e -> assertThat(e.getMessage()).contains("tittel kan ha høyst 1000 tegn"));
  }

  @Test
  void rejectsANonPdfThatMightGoToPrint() {
    Forsendelse brev = Forsendelse.builder().tittel("Vedtak").mottaker(mottaker(SimulatorSeed.INGRID_PRINT))
        .eksternReferanse("r").dokument(new Dokument("vedtak.txt", "text/plain", false)).build();

    assertThatThrownBy(() -> svarUt.send(KONTO, brev, List.of(new Fil("vedtak.txt", "text/plain", "hei".getBytes()))))
        .isInstanceOfSatisfying(FiksClientException.class, e -> assertThat(e.getMessage()).contains("Bare application/pdf kan skrives ut"));
  }

  @Test
  void rejectsAnInvalidDigitalIdWithoutRepeatingIt() {
    Forsendelse brev = brev("r", "15838500003", false);

    assertThatThrownBy(() -> svarUt.send(KONTO, brev, List.of(Fil.pdf("vedtak.pdf", TestPdf.withText("x")))))
        .isInstanceOfSatisfying(FiksClientException.class, e -> {
          assertThat(e.getMessage()).contains("mottaker.digitalId");
          assertThat(e.getMessage()).doesNotContain("15838500003");
        });
  }

  @Test
  void rejectsAnUnknownAccount() {
    assertThatThrownBy(() -> svarUt.send(UUID.randomUUID().toString(), brev("r", SimulatorSeed.KARI_DIGITAL, false),
        List.of(Fil.pdf("vedtak.pdf", TestPdf.withText("x")))))
        .isInstanceOfSatisfying(FiksClientException.class, e -> assertThat(e.status()).isEqualTo(404));
  }

  @Test
  void refusesCallsWithoutTheFiksHeaders() {
    Http.Response response = http().postJson("/fiks-simulator/api/v2/kontoer/" + KONTO + "/forsendelser/status-sok",
        "{\"forsendelseIds\":[]}");
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.json().path("errorCode").asText()).isEqualTo("UGYLDIG_TOKEN");
  }

  private String endStatus(String fnr, boolean kunDigital) {
    String id = svarUt.send(KONTO, brev("sak-" + UUID.randomUUID(), fnr, kunDigital), List.of(Fil.pdf("vedtak.pdf", TestPdf.withText("x"))));
    await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
        .until(() -> svarUt.statusSok(KONTO, List.of(id)).get(0).isFinal());
    return svarUt.statusSok(KONTO, List.of(id)).get(0).status();
  }

  private JsonNode forsendelseISimulatoren(String id) {
    for (JsonNode f : http().get("/fiks-simulator/api/svarut/forsendelser").json()) {
      if (id.equals(f.path("id").asText())) {
        return f;
      }
    }
    throw new AssertionError("Forsendelse " + id + " is not in the simulator");
  }

  static Forsendelse brev(String referanse, String fnr, boolean kunDigital) {
    return Forsendelse.builder()
        .tittel("Vedtak om ledsagerbevis")
        .mottaker(mottaker(fnr))
        .eksternReferanse(referanse)
        .kunDigitalLevering(kunDigital)
        .dokument(Dokument.pdf("vedtak.pdf", true))
        .build();
  }

  static Mottaker mottaker(String fnr) {
    String navn = SimulatorSeed.KARI_DIGITAL.equals(fnr) ? "Kari Nordmann" : "Mottaker Testesen";
    return new Mottaker(navn, fnr, "Storgata 1", null, null, "0155", "OSLO", null);
  }
}
