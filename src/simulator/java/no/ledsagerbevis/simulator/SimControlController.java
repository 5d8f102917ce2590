package no.ledsagerbevis.simulator;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The simulator's own JSON (what it received and created) and its control endpoints for demos and tests.
 * A control call from the simulator page (a form, Accept: text/html) is answered with a redirect back to it.
 */
@RestController
@ConditionalOnSimulator
class SimControlController {

  private static final List<MediaType> VISES = List.of(MediaType.APPLICATION_PDF, MediaType.IMAGE_PNG, MediaType.IMAGE_JPEG);
  static final Set<String> TJENESTER = Set.of("SVARUT", "REGISTER", "DOKUMENTLAGER");

  private final SimOversikt oversikt;
  private final SimOrganisasjoner organisasjoner;
  private final SimForsendelser forsendelser;
  private final SimDokumenter dokumenter;
  private final SimPersoner personer;
  private final SimulatorReset reset;

  SimControlController(SimOversikt oversikt, SimOrganisasjoner organisasjoner, SimForsendelser forsendelser,
      SimDokumenter dokumenter, SimPersoner personer, SimulatorReset reset) {
    this.oversikt = oversikt;
    this.organisasjoner = organisasjoner;
    this.forsendelser = forsendelser;
    this.dokumenter = dokumenter;
    this.personer = personer;
    this.reset = reset;
  }

  @GetMapping("/fiks-simulator/api/svarut/forsendelser")
  List<SimOversikt.Forsendelse> forsendelser() {
    return oversikt.forsendelser(base());
  }

  @GetMapping("/fiks-simulator/api/varsling/sms")
  List<SimOversikt.Sms> sms() {
    return oversikt.sms();
  }

  @GetMapping("/fiks-simulator/api/dokumentlager/dokumenter")
  List<SimOversikt.Dokument> dokumenter() {
    return oversikt.dokumenter(base());
  }

  @GetMapping("/fiks-simulator/api/kommuner")
  List<SimOversikt.Kommune> kommuner() {
    return oversikt.kommuner();
  }

  @GetMapping("/fiks-simulator/api/personer")
  List<SimPersoner.Person> personer() {
    return personer.alle();
  }

  @PostMapping("/fiks-simulator/api/kommuner/{kommunenummer}/tjenester/{tjeneste}/aktiver")
  ResponseEntity<?> aktiver(@PathVariable String kommunenummer, @PathVariable String tjeneste, HttpServletRequest request) {
    SimOrganisasjoner.Kommune kommune = organisasjoner.kommune(kommunenummer).orElseThrow(() -> SimulatorException.notFound(
        "ORGANISASJON_FINNES_IKKE", "Simulatoren kjenner ikke kommunenummer " + kommunenummer + "."));
    if (!TJENESTER.contains(tjeneste)) {
      throw new SimulatorException(HttpStatus.BAD_REQUEST, "UKJENT_TJENESTE", "Ukjent tjeneste " + tjeneste
          + ". Gyldige: DOKUMENTLAGER, REGISTER, SVARUT.");
    }
    organisasjoner.aktiver(kommune.fiksOrgId(), tjeneste);
    return svar(request, Map.of("kommunenummer", kommunenummer, "aktiveTjenester", organisasjoner.tjenester(kommune.fiksOrgId())));
  }

  @PostMapping("/fiks-simulator/api/reset")
  ResponseEntity<?> reset(HttpServletRequest request) {
    reset.reset();
    return svar(request, Map.of("status", "Simulatoren er tilbakestilt til startdataene."));
  }

  @GetMapping("/fiks-simulator/svarut/forsendelser/{id}/dokumenter/{nr}")
  ResponseEntity<byte[]> forsendelseDokument(@PathVariable String id, @PathVariable int nr) {
    SimForsendelser.Fil fil = forsendelser.fil(id, nr).orElseThrow(() -> SimulatorException.notFound(
        "DOKUMENT_FINNES_IKKE", "Dokumentet finnes ikke."));
    return inline(fil.filnavn(), fil.mimeType(), fil.innhold());
  }

  @GetMapping("/fiks-simulator/api/dokumentlager/dokumenter/{id}/innhold")
  ResponseEntity<byte[]> dokumentlagerDokument(@PathVariable String id) {
    SimDokumenter.Innhold innhold = dokumenter.innhold(id).orElseThrow(() -> SimulatorException.notFound(
        "DOKUMENT_FINNES_IKKE", "Dokumentet finnes ikke."));
    return inline(innhold.dokumentnavn(), innhold.mimetype(), innhold.innhold());
  }

  /** PDFs and photos open in the browser; anything else is downloaded, so no upload runs as a page of this app. */
  private static ResponseEntity<byte[]> inline(String filnavn, String mimeType, byte[] innhold) {
    MediaType type = VISES.stream().filter(t -> t.toString().equalsIgnoreCase(mimeType)).findFirst().orElse(null);
    ContentDisposition disposition = (type == null ? ContentDisposition.attachment() : ContentDisposition.inline())
        .filename(filnavn, StandardCharsets.UTF_8).build();
    return ResponseEntity.ok()
        .contentType(type == null ? MediaType.APPLICATION_OCTET_STREAM : type)
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(innhold);
  }

  private static ResponseEntity<?> svar(HttpServletRequest request, Object json) {
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    if (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
      return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/fiks-simulator")).build();
    }
    return ResponseEntity.ok(json);
  }

  private static String base() {
    return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
  }
}
