package no.ledsagerbevis.fiks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import no.ledsagerbevis.fiks.dokumentlager.DokumentMetadata;
import no.ledsagerbevis.fiks.dokumentlager.DokumentlagerClient;
import no.ledsagerbevis.fiks.forvaltning.FiksTjeneste;
import no.ledsagerbevis.fiks.forvaltning.ForvaltningClient;
import no.ledsagerbevis.fiks.forvaltning.Organisasjon;
import no.ledsagerbevis.fiks.forvaltning.Ressurs;
import no.ledsagerbevis.fiks.forvaltning.RessursOversikt;
import no.ledsagerbevis.fiks.forvaltning.RessursStatus;
import no.ledsagerbevis.fiks.register.Adressebeskyttelse;
import no.ledsagerbevis.fiks.register.FolkeregisterClient;
import no.ledsagerbevis.fiks.register.Person;
import no.ledsagerbevis.fiks.register.Postadresse;
import no.ledsagerbevis.fiks.varsling.Sms;
import no.ledsagerbevis.fiks.varsling.SmsStatus;
import no.ledsagerbevis.fiks.varsling.VarslingClient;
import no.ledsagerbevis.support.H2AppTest;
import no.ledsagerbevis.support.SyntheticNumbers;
import no.ledsagerbevis.validation.Fodselsnummer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** The forvaltning, folkeregister, dokumentlager and varsling clients against the bundled simulator. */
@TestPropertySource(properties = "ledsagerbevis.fiks.simulator.status-step=200ms")
class FiksServicesSimulatorTest extends H2AppTest {

  @Autowired
  ForvaltningClient forvaltning;

  @Autowired
  FolkeregisterClient folkeregister;

  @Autowired
  DokumentlagerClient dokumentlager;

  @Autowired
  VarslingClient varsling;

  @Autowired
  JdbcClient jdbc;

  @BeforeEach
  void resetSimulator() {
    assertThat(http().postJson("/fiks-simulator/api/reset", "{}").status()).isEqualTo(200);
  }

  @Test
  void findsTheOrganisationOfAMunicipality() {
    Organisasjon oslo = forvaltning.hentOrganisasjon("0301");

    assertThat(oslo).isEqualTo(new Organisasjon(SimulatorSeed.OSLO_FIKS_ORG_ID, SimulatorSeed.OSLO_ORGANISASJONSNUMMER,
        "Oslo kommune", "0301"));
  }

  @Test
  void anUnknownMunicipalityIsA404ClientError() {
    assertThatThrownBy(() -> forvaltning.hentOrganisasjon("9999"))
        .isInstanceOfSatisfying(FiksClientException.class, e -> {
          assertThat(e.status()).isEqualTo(404);
          assertThat(e.errorCode()).isEqualTo("ORGANISASJON_FINNES_IKKE");
        });
  }

  @Test
  void tonsbergLacksDokumentlagerUntilItIsActivated() {
    assertThat(forvaltning.aktiveTjenester(SimulatorSeed.TONSBERG_FIKS_ORG_ID))
        .containsExactlyInAnyOrder(FiksTjeneste.SVARUT, FiksTjeneste.REGISTER);

    assertThat(http().postJson("/fiks-simulator/api/kommuner/3905/tjenester/DOKUMENTLAGER/aktiver", "{}").status()).isEqualTo(200);

    assertThat(forvaltning.aktiveTjenester(SimulatorSeed.TONSBERG_FIKS_ORG_ID))
        .containsExactlyInAnyOrder(FiksTjeneste.SVARUT, FiksTjeneste.REGISTER, FiksTjeneste.DOKUMENTLAGER);
  }

  @Test
  void listsTheSvarUtAccountsOfOslo() {
    assertThat(forvaltning.svarUtKontoer(SimulatorSeed.OSLO_FIKS_ORG_ID))
        .extracting(k -> k.navn() + "|" + k.kontoId() + "|" + k.aktiv())
        .containsExactlyInAnyOrder("Digitalt ledsagerbevis|" + SimulatorSeed.OSLO_KONTO_LEDSAGERBEVIS + "|true",
            "Sentral postmottak|" + SimulatorSeed.OSLO_KONTO_POSTMOTTAK + "|true");
  }

  @Test
  void createOrGetReturnsTheExistingResourceTheSecondTime() {
    Ressurs first = forvaltning.opprettEllerHentRegisterRolle(SimulatorSeed.OSLO_FIKS_ORG_ID);
    Ressurs second = forvaltning.opprettEllerHentRegisterRolle(SimulatorSeed.OSLO_FIKS_ORG_ID);

    assertThat(first.status()).isEqualTo(RessursStatus.OPPRETTET);
    assertThat(first.nyOpprettet()).isTrue();
    assertThat(second.id()).isEqualTo(first.id());
    assertThat(second.nyOpprettet()).isFalse();
  }

  @Test
  void theResourceOverviewShowsWhatExists() {
    assertThat(forvaltning.ressursStatus(SimulatorSeed.BERGEN_FIKS_ORG_ID))
        .isEqualTo(new RessursOversikt(Ressurs.ikkeOpprettet(), Ressurs.ikkeOpprettet(), Ressurs.ikkeOpprettet()));

    Ressurs varsling = forvaltning.opprettEllerHentVarslingKonto(SimulatorSeed.BERGEN_FIKS_ORG_ID);

    RessursOversikt oversikt = forvaltning.ressursStatus(SimulatorSeed.BERGEN_FIKS_ORG_ID);
    assertThat(oversikt.varslingKonto()).isEqualTo(new Ressurs(varsling.id(), RessursStatus.OPPRETTET, false));
    assertThat(oversikt.rolle().status()).isEqualTo(RessursStatus.IKKE_OPPRETTET);
    assertThat(oversikt.rolle().id()).isNull();
  }

  @Test
  void aDokumentlagerAccountNeedsTheServiceActivated() {
    assertThatThrownBy(() -> forvaltning.opprettEllerHentDokumentlagerKonto(SimulatorSeed.TONSBERG_FIKS_ORG_ID))
        .isInstanceOfSatisfying(FiksClientException.class, e -> {
          assertThat(e.status()).isEqualTo(409);
          assertThat(e.errorCode()).isEqualTo("TJENESTE_IKKE_AKTIV");
        });
  }

  @Test
  void readsNameAddressAndProtectionFromTheRegister() {
    String rolle = forvaltning.opprettEllerHentRegisterRolle(SimulatorSeed.OSLO_FIKS_ORG_ID).id();

    Person kari = folkeregister.hentPerson(rolle, Fodselsnummer.parse(SimulatorSeed.KARI_DIGITAL)).orElseThrow();

    assertThat(kari.fulltNavn()).isEqualTo("Kari Nordmann");
    assertThat(kari.adresse()).isEqualTo(new Postadresse("Storgata 1", "0155", "OSLO"));
    assertThat(kari.adressebeskyttelse()).isEqualTo(Adressebeskyttelse.UGRADERT);
    assertThat(kari.toString()).doesNotContain("Kari", "Storgata");
  }

  @Test
  void aProtectedAddressIsNeverReturned() {
    String rolle = forvaltning.opprettEllerHentRegisterRolle(SimulatorSeed.OSLO_FIKS_ORG_ID).id();

    Person strengt = folkeregister.hentPerson(rolle, Fodselsnummer.parse(SimulatorSeed.STRENGT_FORTROLIG)).orElseThrow();
    Person fortrolig = folkeregister.hentPerson(rolle, Fodselsnummer.parse(SimulatorSeed.FORTROLIG)).orElseThrow();

    assertThat(strengt.adressebeskyttelse()).isEqualTo(Adressebeskyttelse.STRENGT_FORTROLIG);
    assertThat(strengt.adresse()).isNull();
    assertThat(fortrolig.adressebeskyttelse()).isEqualTo(Adressebeskyttelse.FORTROLIG);
    assertThat(fortrolig.adressebeskyttelse().beskyttet()).isTrue();
    assertThat(fortrolig.adresse()).isNull();
  }

  @Test
  void anySyntheticNumberIsAPersonAndTheSeededOnesAreUnchanged() {
    String rolle = forvaltning.opprettEllerHentRegisterRolle(SimulatorSeed.OSLO_FIKS_ORG_ID).id();
    String fnr = SyntheticNumbers.bornOn("158385", 1).get(0);

    Person derived = folkeregister.hentPerson(rolle, Fodselsnummer.parse(fnr)).orElseThrow();
    assertThat(folkeregister.hentPerson(rolle, Fodselsnummer.parse(fnr))).contains(derived);
    assertThat(derived.fulltNavn()).isNotBlank();
    assertThat(derived.adresse().postnummer()).hasSize(4);
    assertThat(folkeregister.hentPerson(rolle, Fodselsnummer.parse(SimulatorSeed.KARI_DIGITAL)).orElseThrow().fulltNavn())
        .isEqualTo("Kari Nordmann");
  }

  @Test
  void aNumberNotInTheRegisterGivesNoPerson() {
    String rolle = forvaltning.opprettEllerHentRegisterRolle(SimulatorSeed.OSLO_FIKS_ORG_ID).id();

    assertThat(folkeregister.hentPerson(rolle, Fodselsnummer.parse(SimulatorSeed.UKJENT))).isEmpty();
  }

  @Test
  void anUnknownRoleIsForbiddenAndTheMessageHasNoFodselsnummer() {
    assertThatThrownBy(() -> folkeregister.hentPerson("00000000-0000-0000-0000-000000000000",
        Fodselsnummer.parse(SimulatorSeed.KARI_DIGITAL)))
        .isInstanceOfSatisfying(FiksClientException.class, e -> {
          assertThat(e.status()).isEqualTo(403);
          assertThat(e.getMessage()).doesNotContain(SimulatorSeed.KARI_DIGITAL);
        });
  }

  @Test
  void uploadsAndDownloadsADocument() {
    String konto = forvaltning.opprettEllerHentDokumentlagerKonto(SimulatorSeed.OSLO_FIKS_ORG_ID).id();
    byte[] pdf = TestPdf.withText("Tjenestebilag");

    String id = dokumentlager.lastOpp(SimulatorSeed.OSLO_FIKS_ORG_ID, konto,
        new DokumentMetadata("tjenestebilag.pdf", "application/pdf", Duration.ofDays(30), true), pdf);

    assertThat(dokumentlager.lastNed(id)).isEqualTo(pdf);
    JsonNode dokumenter = http().get("/fiks-simulator/api/dokumentlager/dokumenter").json();
    assertThat(dokumenter).anySatisfy(d -> {
      assertThat(d.path("id").asText()).isEqualTo(id);
      assertThat(d.path("dokumentnavn").asText()).isEqualTo("tjenestebilag.pdf");
      String url = d.path("url").asText();
      assertThat(http().get(url.substring(url.indexOf("/fiks-simulator"))).bytes()).isEqualTo(pdf);
    });
  }

  @Test
  void deletesADocumentSoThatItCanNoLongerBeDownloadedAndASecondDeleteStillSucceeds() {
    String konto = forvaltning.opprettEllerHentDokumentlagerKonto(SimulatorSeed.OSLO_FIKS_ORG_ID).id();
    String id = dokumentlager.lastOpp(SimulatorSeed.OSLO_FIKS_ORG_ID, konto,
        new DokumentMetadata("bilde.png", "image/png", null, true), new byte[] {1, 2, 3});

    dokumentlager.slett(SimulatorSeed.OSLO_FIKS_ORG_ID, konto, id);

    assertThatThrownBy(() -> dokumentlager.lastNed(id))
        .isInstanceOfSatisfying(FiksClientException.class, e -> assertThat(e.status()).isEqualTo(404));
    dokumentlager.slett(SimulatorSeed.OSLO_FIKS_ORG_ID, konto, id);
  }

  @Test
  void aDocumentIsDeletedOnlyThroughTheAccountThatHoldsIt() {
    String konto = forvaltning.opprettEllerHentDokumentlagerKonto(SimulatorSeed.OSLO_FIKS_ORG_ID).id();
    byte[] bilde = {4, 5, 6};
    String id = dokumentlager.lastOpp(SimulatorSeed.OSLO_FIKS_ORG_ID, konto,
        new DokumentMetadata("bilde.png", "image/png", null, true), bilde);

    dokumentlager.slett(SimulatorSeed.OSLO_FIKS_ORG_ID, "00000000-0000-0000-0000-000000000000", id);

    assertThat(dokumentlager.lastNed(id)).isEqualTo(bilde);
  }

  @Test
  void acceptsAPhotoOfSeveralMegabytes() {
    String konto = forvaltning.opprettEllerHentDokumentlagerKonto(SimulatorSeed.OSLO_FIKS_ORG_ID).id();
    byte[] bilde = new byte[5 * 1024 * 1024];
    bilde[0] = (byte) 0xFF;
    bilde[1] = (byte) 0xD8;

    String id = dokumentlager.lastOpp(SimulatorSeed.OSLO_FIKS_ORG_ID, konto,
        new DokumentMetadata("bilde.jpg", "image/jpeg", null, true), bilde);

    assertThat(dokumentlager.lastNed(id)).isEqualTo(bilde);
  }

  @Test
  void uploadingToAnAccountThatDoesNotExistIsA404() {
    assertThatThrownBy(() -> dokumentlager.lastOpp(SimulatorSeed.OSLO_FIKS_ORG_ID, "00000000-0000-0000-0000-000000000000",
        new DokumentMetadata("bilde.jpg", "image/jpeg", null, false), new byte[] {1, 2, 3}))
        .isInstanceOfSatisfying(FiksClientException.class, e -> assertThat(e.status()).isEqualTo(404));
  }

  @Test
  void anEmptyDocumentIsRejected() {
    String konto = forvaltning.opprettEllerHentDokumentlagerKonto(SimulatorSeed.OSLO_FIKS_ORG_ID).id();

    assertThatThrownBy(() -> dokumentlager.lastOpp(SimulatorSeed.OSLO_FIKS_ORG_ID, konto,
        new DokumentMetadata("tom.pdf", "application/pdf", null, false), new byte[0]))
        .isInstanceOfSatisfying(FiksClientException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.getMessage()).contains("Dokumentet er tomt");
        });
  }

  @Test
  void downloadingAnUnknownDocumentIsA404() {
    assertThatThrownBy(() -> dokumentlager.lastNed("00000000-0000-0000-0000-000000000000"))
        .isInstanceOfSatisfying(FiksClientException.class, e -> assertThat(e.status()).isEqualTo(404));
  }

  @Test
  void sendsAnSmsThatTheSimulatorShowsAndDelivers() {
    String konto = forvaltning.opprettEllerHentVarslingKonto(SimulatorSeed.OSLO_FIKS_ORG_ID).id();

    String id = varsling.sendSms(konto, new Sms("Du har fått ledsagerbevis. Logg inn i appen.", SimulatorSeed.KARI_DIGITAL, "91234567"));

    JsonNode sms = http().get("/fiks-simulator/api/varsling/sms").json();
    assertThat(sms).anySatisfy(s -> {
      assertThat(s.path("id").asText()).isEqualTo(id);
      assertThat(s.path("kontoId").asText()).isEqualTo(konto);
      assertThat(s.path("fnr").asText()).isEqualTo(SimulatorSeed.KARI_DIGITAL);
      assertThat(s.path("telefonnummer").asText()).isEqualTo("91234567");
      assertThat(s.path("tekst").asText()).startsWith("Du har fått ledsagerbevis");
    });
    await().atMost(Duration.ofSeconds(10)).until(() -> varsling.status(konto, id) == SmsStatus.LEVERT);
  }

  @Test
  void rejectsAPhoneNumberThatIsNotANorwegianMobileNumber() {
    String konto = forvaltning.opprettEllerHentVarslingKonto(SimulatorSeed.OSLO_FIKS_ORG_ID).id();

    assertThatThrownBy(() -> varsling.sendSms(konto, new Sms("Hei", SimulatorSeed.KARI_DIGITAL, "22334455")))
        .isInstanceOfSatisfying(FiksClientException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.getMessage()).contains("telefonnummer");
        });
  }

  @Test
  void rejectsAnSmsToAnInvalidFodselsnummerWithoutRepeatingIt() {
    String konto = forvaltning.opprettEllerHentVarslingKonto(SimulatorSeed.OSLO_FIKS_ORG_ID).id();

    assertThatThrownBy(() -> varsling.sendSms(konto, new Sms("Hei", "15838500003", "91234567")))
        .isInstanceOfSatisfying(FiksClientException.class, e -> {
          assertThat(e.getMessage()).contains("fnr er ikke et gyldig fødselsnummer");
          assertThat(e.getMessage()).doesNotContain("15838500003");
        });
  }

  @Test
  void theSimulatorHasItsNineTablesAndItsOwnFlywayHistory() {
    // Nine tables of its own plus sim_schema_history; the app's Flyway history knows nothing of them.
    assertThat(SimulatorDisabledTest.simulatorTables(jdbc)).isEqualTo(10);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM \"sim_schema_history\" WHERE \"success\" AND \"version\" IN ('2.1', '2.2')")
        .query(Integer.class).single()).isEqualTo(2);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM \"ledsagerbevis_schema_history\" WHERE \"version\" LIKE '2.%'")
        .query(Integer.class).single()).isZero();
  }

  @Test
  void theSimulatorPageListsMunicipalitiesAndOffersActivation() {
    String side = http().get("/fiks-simulator").body();

    assertThat(side).contains("Fiks-simulator", "Oslo kommune", "Tønsberg kommune", "Aktiver DOKUMENTLAGER",
        "Tilbakestill simulatoren");
  }
}
