package no.ledsagerbevis.fiks.forvaltning;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.ledsagerbevis.fiks.FiksHost;
import no.ledsagerbevis.fiks.FiksHttp;
import no.ledsagerbevis.fiks.FiksUnavailableException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Fiks forvaltning. KS publishes no API for it, so the paths are ours (see docs/fiks.md); the bundled
 * simulator serves them. Create-or-get is a PUT: 201 when created now, 200 when it already existed.
 */
@Component
public class HttpForvaltningClient implements ForvaltningClient {

  static final String BASE = "/forvaltning/api/v1";
  static final String ORGANISASJON = BASE + "/organisasjoner/{fiksOrgId}";

  private final FiksHttp http;

  public HttpForvaltningClient(FiksHttp http) {
    this.http = http;
  }

  @Override
  public Organisasjon hentOrganisasjon(String kommunenummer) {
    Organisasjon organisasjon = http.call("Hent kommunens organisasjon i Fiks forvaltning", () -> http.client(FiksHost.FORVALTNING).get()
        .uri(http.uri(FiksHost.FORVALTNING, BASE + "/kommuner/{kommunenummer}/organisasjon", kommunenummer))
        .retrieve()
        .body(Organisasjon.class));
    if (organisasjon == null || organisasjon.fiksOrgId() == null || organisasjon.organisasjonsnummer() == null) {
      throw new FiksUnavailableException("Hent organisasjon i Fiks forvaltning: svaret mangler fiksOrgId eller organisasjonsnummer");
    }
    return organisasjon;
  }

  @Override
  public Set<FiksTjeneste> aktiveTjenester(String fiksOrgId) {
    TjenesterResponse response = http.call("Hent aktive Fiks-tjenester", () -> http.client(FiksHost.FORVALTNING).get()
        .uri(http.uri(FiksHost.FORVALTNING, ORGANISASJON + "/tjenester", fiksOrgId))
        .retrieve()
        .body(TjenesterResponse.class));
    if (response == null || response.aktiveTjenester() == null) {
      throw new FiksUnavailableException("Hent aktive Fiks-tjenester: svaret mangler aktiveTjenester");
    }
    Set<FiksTjeneste> tjenester = EnumSet.noneOf(FiksTjeneste.class);
    for (String tjeneste : response.aktiveTjenester()) {
      for (FiksTjeneste kjent : FiksTjeneste.values()) {
        if (kjent.name().equals(tjeneste)) {
          tjenester.add(kjent);
        }
      }
    }
    return tjenester;
  }

  @Override
  public List<SvarUtKonto> svarUtKontoer(String fiksOrgId) {
    KontoerResponse response = http.call("Hent SvarUt-kontoer", () -> http.client(FiksHost.FORVALTNING).get()
        .uri(http.uri(FiksHost.FORVALTNING, ORGANISASJON + "/svarut/kontoer", fiksOrgId))
        .retrieve()
        .body(KontoerResponse.class));
    if (response == null || response.kontoer() == null) {
      throw new FiksUnavailableException("Hent SvarUt-kontoer: svaret mangler kontoer");
    }
    return List.copyOf(response.kontoer());
  }

  @Override
  public Ressurs opprettEllerHentRegisterRolle(String fiksOrgId) {
    return opprettEllerHent(fiksOrgId, "registerrolle", "Opprett rolle i Fiks register");
  }

  @Override
  public Ressurs opprettEllerHentDokumentlagerKonto(String fiksOrgId) {
    return opprettEllerHent(fiksOrgId, "dokumentlagerkonto", "Opprett konto i Fiks dokumentlager");
  }

  @Override
  public Ressurs opprettEllerHentVarslingKonto(String fiksOrgId) {
    return opprettEllerHent(fiksOrgId, "varslingkonto", "Opprett konto i Fiks varsling");
  }

  @Override
  public RessursOversikt ressursStatus(String fiksOrgId) {
    OversiktResponse response = http.call("Hent status for Fiks-ressurser", () -> http.client(FiksHost.FORVALTNING).get()
        .uri(http.uri(FiksHost.FORVALTNING, ORGANISASJON + "/ressurser", fiksOrgId))
        .retrieve()
        .body(OversiktResponse.class));
    if (response == null || incomplete(response.rolle()) || incomplete(response.dokumentlagerKonto())
        || incomplete(response.varslingKonto())) {
      throw new FiksUnavailableException("Hent status for Fiks-ressurser: svaret mangler status for rolle eller konto");
    }
    return new RessursOversikt(existing(response.rolle()), existing(response.dokumentlagerKonto()),
        existing(response.varslingKonto()));
  }

  private Ressurs opprettEllerHent(String fiksOrgId, String type, String operasjon) {
    ResponseEntity<RessursResponse> response = http.call(operasjon, () -> http.client(FiksHost.FORVALTNING).put()
        .uri(http.uri(FiksHost.FORVALTNING, ORGANISASJON + "/ressurser/{type}", fiksOrgId, type))
        .retrieve()
        .toEntity(RessursResponse.class));
    RessursResponse body = response.getBody();
    if (body == null || body.id() == null || body.id().isBlank()) {
      throw new FiksUnavailableException(operasjon + ": svaret mangler id");
    }
    return new Ressurs(body.id(), RessursStatus.OPPRETTET, response.getStatusCode().value() == 201);
  }

  private static boolean incomplete(RessursResponse ressurs) {
    return ressurs == null || ressurs.status() == null;
  }

  private static Ressurs existing(RessursResponse ressurs) {
    if (ressurs == null || ressurs.id() == null || !"OPPRETTET".equals(ressurs.status())) {
      return Ressurs.ikkeOpprettet();
    }
    return new Ressurs(ressurs.id(), RessursStatus.OPPRETTET, false);
  }

  record TjenesterResponse(List<String> aktiveTjenester) {
  }

  record KontoerResponse(List<SvarUtKonto> kontoer) {
  }

  record RessursResponse(String id, String status) {
  }

  record OversiktResponse(RessursResponse rolle, RessursResponse dokumentlagerKonto, RessursResponse varslingKonto) {
  }
}
