package no.ledsagerbevis.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.ledsagerbevis.validation.Fodselsnummer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Simulated SvarUt: receives a forsendelse, validates it like SvarUt, decides its way to the recipient. */
@Service
@ConditionalOnSimulator
class SimSvarUt {

  private final SimForsendelser forsendelser;
  private final SimOrganisasjoner organisasjoner;
  private final SimPersoner personer;
  private final SimulatorProperties properties;
  private final ObjectMapper json;
  private final Clock clock = Clock.systemUTC();

  SimSvarUt(SimForsendelser forsendelser, SimOrganisasjoner organisasjoner, SimPersoner personer,
      SimulatorProperties properties, ObjectMapper json) {
    this.forsendelser = forsendelser;
    this.organisasjoner = organisasjoner;
    this.personer = personer;
    this.properties = properties;
    this.json = json;
  }

  String motta(String kontoId, JsonNode forsendelse, List<ForsendelseValidator.Filpart> filer) {
    aktivKonto(kontoId);
    List<ForsendelseValidator.Feil> feil = ForsendelseValidator.valider(forsendelse, filer);
    if (!feil.isEmpty()) {
      throw new SimulatorException(HttpStatus.BAD_REQUEST, "VALIDERING_FEILET",
          "Forsendelsen er ugyldig: " + String.join(" ", feil.stream().map(ForsendelseValidator.Feil::melding).toList()),
          errorJson(feil));
    }
    JsonNode mottaker = forsendelse.get("mottaker");
    String digitalId = ForsendelseValidator.text(mottaker, "digitalId");
    boolean kunDigital = forsendelse.path("kunDigitalLevering").asBoolean(false);
    String id = UUID.randomUUID().toString();
    forsendelser.lagre(new SimForsendelser.Forsendelse(id, kontoId, ForsendelseValidator.text(forsendelse, "tittel"),
        ForsendelseValidator.text(forsendelse, "eksternReferanse"), ForsendelseValidator.text(mottaker, "navn"),
        digitalId, kunDigital, forsendelse.toString(), plan(digitalId, kunDigital).text(), OffsetDateTime.now(clock)),
        filer.stream().map(f -> new SimForsendelser.Fil(f.filnavn(), f.mimeType(), f.innhold())).toList());
    return id;
  }

  List<Map<String, String>> status(String kontoId, List<String> ids) {
    aktivKonto(kontoId);
    OffsetDateTime now = OffsetDateTime.now(clock);
    return forsendelser.medId(kontoId, ids).stream().map(f -> {
      StatusPlan.Current current = naa(f, now);
      return Map.of("id", f.id(), "status", current.status(), "sisteStatusEndring", current.sisteStatusEndring().toString());
    }).toList();
  }

  List<String> medEksternReferanse(String kontoId, String eksternReferanse) {
    aktivKonto(kontoId);
    return forsendelser.idMedEksternReferanse(kontoId, eksternReferanse);
  }

  StatusPlan.Current naa(SimForsendelser.Forsendelse forsendelse, OffsetDateTime now) {
    return StatusPlan.parse(forsendelse.statusPlan()).at(forsendelse.mottatt(), properties.getStatusStep(), now);
  }

  /** Digital mailbox, print, or not delivered, as SvarUt would route it. */
  StatusPlan plan(String digitalId, boolean kunDigital) {
    if (digitalId != null && ForsendelseValidator.erOrganisasjonsnummer(digitalId)) {
      return StatusPlan.ORGANISASJON;
    }
    if (digitalId != null && Fodselsnummer.isValid(digitalId) && properties.getIkkeLeverbareFnr().contains(digitalId)) {
      return StatusPlan.IKKE_LEVERT;
    }
    boolean postkasse = digitalId != null && personer.person(digitalId).map(SimPersoner.Person::digitalPostkasse).orElse(false);
    if (postkasse) {
      return StatusPlan.DIGITAL_POSTKASSE;
    }
    return kunDigital ? StatusPlan.IKKE_LEVERT : StatusPlan.PRINT;
  }

  private void aktivKonto(String kontoId) {
    SimOrganisasjoner.Konto konto = organisasjoner.svarUtKonto(kontoId).orElseThrow(() -> SimulatorException.notFound(
        "KONTO_FINNES_IKKE", "SvarUt-kontoen finnes ikke."));
    if (!konto.aktiv()) {
      throw SimulatorException.forbidden("KONTO_IKKE_AKTIV", "SvarUt-kontoen er ikke aktiv.");
    }
  }

  private String errorJson(List<ForsendelseValidator.Feil> feil) {
    try {
      return json.writeValueAsString(feil);
    } catch (JsonProcessingException e) {
      return null;
    }
  }
}
