package no.ledsagerbevis.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Simulated Fiks forvaltning (our own paths; KS publishes none). */
@RestController
@RequestMapping("/fiks-simulator/forvaltning/api/v1")
@ConditionalOnSimulator
class SimForvaltningController {

  private final SimOrganisasjoner organisasjoner;

  SimForvaltningController(SimOrganisasjoner organisasjoner) {
    this.organisasjoner = organisasjoner;
  }

  @GetMapping("/kommuner/{kommunenummer}/organisasjon")
  Map<String, String> organisasjon(@PathVariable String kommunenummer) {
    SimOrganisasjoner.Kommune kommune = organisasjoner.kommune(kommunenummer).orElseThrow(() -> SimulatorException.notFound(
        "ORGANISASJON_FINNES_IKKE", "Fant ingen Fiks-organisasjon for kommunenummer " + kommunenummer + "."));
    return Map.of("fiksOrgId", kommune.fiksOrgId(), "organisasjonsnummer", kommune.organisasjonsnummer(),
        "navn", kommune.navn(), "kommunenummer", kommune.kommunenummer());
  }

  @GetMapping("/organisasjoner/{fiksOrgId}/tjenester")
  Map<String, Object> tjenester(@PathVariable String fiksOrgId) {
    kjent(fiksOrgId);
    return Map.of("aktiveTjenester", organisasjoner.tjenester(fiksOrgId));
  }

  @GetMapping("/organisasjoner/{fiksOrgId}/svarut/kontoer")
  Map<String, Object> kontoer(@PathVariable String fiksOrgId) {
    kjent(fiksOrgId);
    List<Map<String, Object>> kontoer = organisasjoner.svarUtKontoer(fiksOrgId).stream()
        .map(k -> Map.<String, Object>of("kontoId", k.kontoId(), "navn", k.navn(), "aktiv", k.aktiv()))
        .toList();
    return Map.of("kontoer", kontoer);
  }

  @PutMapping("/organisasjoner/{fiksOrgId}/ressurser/{type}")
  ResponseEntity<Map<String, String>> opprettEllerHent(@PathVariable String fiksOrgId, @PathVariable String type) {
    kjent(fiksOrgId);
    RessursType ressursType = RessursType.fraPath(type).orElseThrow(() -> SimulatorException.notFound(
        "UKJENT_RESSURSTYPE", "Ukjent ressurstype: " + type + "."));
    if (ressursType.kreverTjeneste() != null && !organisasjoner.tjenester(fiksOrgId).contains(ressursType.kreverTjeneste())) {
      throw new SimulatorException(HttpStatus.CONFLICT, "TJENESTE_IKKE_AKTIV", ressursType.visningsnavn()
          + " kan ikke opprettes før tjenesten " + ressursType.kreverTjeneste() + " er aktivert for organisasjonen.");
    }
    boolean opprettet = organisasjoner.opprett(fiksOrgId, ressursType.name());
    SimOrganisasjoner.Ressurs ressurs = organisasjoner.ressurs(fiksOrgId, ressursType.name()).orElseThrow();
    return ResponseEntity.status(opprettet ? HttpStatus.CREATED : HttpStatus.OK)
        .body(Map.of("id", ressurs.id(), "status", "OPPRETTET"));
  }

  @GetMapping("/organisasjoner/{fiksOrgId}/ressurser")
  Map<String, Object> ressurser(@PathVariable String fiksOrgId) {
    kjent(fiksOrgId);
    Map<String, Object> oversikt = new LinkedHashMap<>();
    oversikt.put("rolle", status(fiksOrgId, RessursType.REGISTERROLLE));
    oversikt.put("dokumentlagerKonto", status(fiksOrgId, RessursType.DOKUMENTLAGERKONTO));
    oversikt.put("varslingKonto", status(fiksOrgId, RessursType.VARSLINGKONTO));
    return oversikt;
  }

  private Map<String, String> status(String fiksOrgId, RessursType type) {
    return organisasjoner.ressurs(fiksOrgId, type.name())
        .map(r -> Map.of("id", r.id(), "status", "OPPRETTET"))
        .orElse(Map.of("status", "IKKE_OPPRETTET"));
  }

  private void kjent(String fiksOrgId) {
    organisasjoner.organisasjon(fiksOrgId).orElseThrow(() -> SimulatorException.notFound(
        "ORGANISASJON_FINNES_IKKE", "Fiks-organisasjonen finnes ikke."));
  }
}
