package no.ledsagerbevis.fiks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import no.ledsagerbevis.fiks.forvaltning.ForvaltningClient;
import no.ledsagerbevis.fiks.register.FolkeregisterClient;
import no.ledsagerbevis.fiks.svarut.Fil;
import no.ledsagerbevis.fiks.svarut.IdempotentSvarUtSender;
import no.ledsagerbevis.fiks.svarut.SvarUtClient;
import no.ledsagerbevis.support.Http;
import no.ledsagerbevis.support.PostgresIntegrationTest;
import no.ledsagerbevis.validation.Fodselsnummer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole app on PostgreSQL with its defaults: a letter sent through the SvarUt client shows up, PDF
 * included, in the simulator's JSON and on its page, and is tracked to delivery.
 */
@TestPropertySource(properties = "ledsagerbevis.fiks.simulator.status-step=300ms")
class FiksSimulatorIT extends PostgresIntegrationTest {

  @Autowired
  SvarUtClient svarUt;

  @Autowired
  IdempotentSvarUtSender sender;

  @Autowired
  ForvaltningClient forvaltning;

  @Autowired
  FolkeregisterClient folkeregister;

  @Test
  void aLetterSentThroughSvarUtIsOnTheSimulatorPageWithItsPdfAndGetsDelivered() {
    String referanse = "sak-" + UUID.randomUUID();
    byte[] pdf = TestPdf.withText("Vedtak om ledsagerbevis for Kari Nordmann");
    String konto = forvaltning.svarUtKontoer(forvaltning.hentOrganisasjon("0301").fiksOrgId()).stream()
        .filter(k -> k.navn().equals("Digitalt ledsagerbevis")).findFirst().orElseThrow().kontoId();

    String id = sender.sendOnce(konto, SvarUtSimulatorTest.brev(referanse, SimulatorSeed.KARI_DIGITAL, false),
        List.of(Fil.pdf("vedtak.pdf", pdf)));
    assertThat(sender.sendOnce(konto, SvarUtSimulatorTest.brev(referanse, SimulatorSeed.KARI_DIGITAL, false),
        List.of(Fil.pdf("vedtak.pdf", pdf)))).isEqualTo(id);

    JsonNode forsendelser = http().get("/fiks-simulator/api/svarut/forsendelser").json();
    JsonNode forsendelse = null;
    for (JsonNode f : forsendelser) {
      if (f.path("id").asText().equals(id)) {
        forsendelse = f;
      }
    }
    assertThat(forsendelse).isNotNull();
    assertThat(forsendelse.path("eksternReferanse").asText()).isEqualTo(referanse);
    String url = forsendelse.at("/dokumenter/0/url").asText();
    Http.Response fil = http().get(url.substring(url.indexOf("/fiks-simulator")));
    assertThat(TestPdf.text(fil.bytes())).contains("Vedtak om ledsagerbevis for Kari Nordmann");
    assertThat(http().get("/fiks-simulator").body()).contains(referanse, "vedtak.pdf");

    await().atMost(Duration.ofSeconds(20)).until(() -> svarUt.statusSok(konto, List.of(id)).get(0).isDelivered());
    assertThat(svarUt.statusSok(konto, List.of(id)).get(0).status()).isEqualTo("LEVERT_SDP");
  }

  @Test
  void theRegisterAndTheResourcesWorkOnPostgres() {
    String oslo = forvaltning.hentOrganisasjon("0301").fiksOrgId();
    String rolle = forvaltning.opprettEllerHentRegisterRolle(oslo).id();

    assertThat(folkeregister.hentPerson(rolle, Fodselsnummer.parse(SimulatorSeed.INGRID_PRINT)).orElseThrow().fulltNavn())
        .isEqualTo("Ingrid Bergersen");
    assertThat(forvaltning.ressursStatus(oslo).rolle().id()).isEqualTo(rolle);
  }
}
