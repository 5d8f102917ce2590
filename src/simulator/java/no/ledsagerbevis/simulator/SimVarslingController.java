package no.ledsagerbevis.simulator;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.ledsagerbevis.validation.Fodselsnummer;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Simulated Fiks varsling (SMS): validates like the real service, keeps every SMS for the simulator page. */
@RestController
@RequestMapping("/fiks-simulator/varsling/api/v2/sms/{kontoId}")
@ConditionalOnSimulator
class SimVarslingController {

  static final String TELEFONNUMMER = "^[49]\\d{7}$";
  static final int MAKS_TEGN = 1600;

  private final SimOrganisasjoner organisasjoner;
  private final SimSmser smser;

  SimVarslingController(SimOrganisasjoner organisasjoner, SimSmser smser) {
    this.organisasjoner = organisasjoner;
    this.smser = smser;
  }

  @PostMapping("/send")
  Map<String, String> send(@PathVariable String kontoId, @RequestBody SmsRequest sms) {
    konto(kontoId);
    List<String> feil = new ArrayList<>();
    if (sms.tekst() == null || sms.tekst().isBlank()) {
      feil.add("tekst må fylles ut.");
    } else if (sms.tekst().length() > MAKS_TEGN) {
      feil.add("tekst kan ha høyst " + MAKS_TEGN + " tegn.");
    }
    if (!Fodselsnummer.isValid(sms.fnr())) {
      feil.add("fnr er ikke et gyldig fødselsnummer.");
    }
    if (sms.telefonnummer() == null || !sms.telefonnummer().matches(TELEFONNUMMER)) {
      feil.add("telefonnummer må være et norsk mobilnummer med 8 siffer som begynner på 4 eller 9.");
    }
    if (!feil.isEmpty()) {
      throw new SimulatorException(HttpStatus.BAD_REQUEST, "VALIDERING_FEILET", String.join(" ", feil));
    }
    String id = UUID.randomUUID().toString();
    smser.lagre(new SimSmser.Sms(id, kontoId, sms.fnr(), sms.telefonnummer(), sms.tekst(), OffsetDateTime.now(ZoneOffset.UTC)));
    return Map.of("id", id);
  }

  @GetMapping("/sms/{smsId}")
  Map<String, String> status(@PathVariable String kontoId, @PathVariable String smsId) {
    konto(kontoId);
    SimSmser.Sms sms = smser.sms(kontoId, smsId).orElseThrow(() -> SimulatorException.notFound(
        "SMS_FINNES_IKKE", "SMS-en finnes ikke på denne kontoen."));
    return Map.of("id", sms.id(), "status", smser.status(sms));
  }

  private void konto(String kontoId) {
    organisasjoner.ressursMedId(kontoId)
        .filter(r -> r.type().equals(RessursType.VARSLINGKONTO.name()))
        .orElseThrow(() -> SimulatorException.notFound("KONTO_FINNES_IKKE", "Varslingskontoen finnes ikke."));
  }

  record SmsRequest(String tekst, String fnr, String telefonnummer) {
    @Override
    public String toString() {
      return "SmsRequest";
    }
  }
}
