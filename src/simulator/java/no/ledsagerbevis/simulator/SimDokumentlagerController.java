package no.ledsagerbevis.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Simulated Fiks dokumentlager: upload (multipart {@code metadata} + {@code dokument}), download and delete. */
@RestController
@ConditionalOnSimulator
class SimDokumentlagerController {

  private final SimOrganisasjoner organisasjoner;
  private final SimDokumenter dokumenter;
  private final ObjectMapper json;

  SimDokumentlagerController(SimOrganisasjoner organisasjoner, SimDokumenter dokumenter, ObjectMapper json) {
    this.organisasjoner = organisasjoner;
    this.dokumenter = dokumenter;
    this.json = json;
  }

  @PostMapping(path = "/fiks-simulator/dokumentlager/api/v1/{fiksOrgId}/kontoer/{kontoId}/dokumenter", consumes = "multipart/form-data")
  Map<String, String> lastOpp(@PathVariable String fiksOrgId, @PathVariable String kontoId, HttpServletRequest request)
      throws IOException, ServletException {
    if (!organisasjoner.tjenester(fiksOrgId).contains("DOKUMENTLAGER")) {
      throw SimulatorException.forbidden("TJENESTE_IKKE_AKTIV", "Fiks dokumentlager er ikke aktivert for organisasjonen.");
    }
    organisasjoner.ressurs(fiksOrgId, RessursType.DOKUMENTLAGERKONTO.name())
        .filter(r -> r.id().equals(kontoId))
        .orElseThrow(() -> SimulatorException.notFound("KONTO_FINNES_IKKE", "Dokumentlager-kontoen finnes ikke for organisasjonen."));
    Part metadataPart = request.getPart("metadata");
    Part dokumentPart = request.getPart("dokument");
    List<String> feil = new ArrayList<>();
    JsonNode metadata = null;
    if (metadataPart == null) {
      feil.add("Delen «metadata» mangler.");
    } else {
      try (InputStream in = metadataPart.getInputStream()) {
        metadata = json.readTree(in);
      } catch (IOException e) {
        feil.add("Delen «metadata» er ikke gyldig JSON.");
      }
    }
    byte[] innhold = new byte[0];
    if (dokumentPart == null) {
      feil.add("Delen «dokument» mangler.");
    } else {
      try (InputStream in = dokumentPart.getInputStream()) {
        innhold = in.readAllBytes();
      }
      if (innhold.length == 0) {
        feil.add("Dokumentet er tomt.");
      }
    }
    String dokumentnavn = ForsendelseValidator.text(metadata, "dokumentnavn");
    String mimetype = ForsendelseValidator.text(metadata, "mimetype");
    if (metadata != null) {
      if (dokumentnavn == null || dokumentnavn.length() > 500) {
        feil.add("metadata.dokumentnavn må fylles ut (høyst 500 tegn).");
      }
      if (mimetype == null || !mimetype.contains("/")) {
        feil.add("metadata.mimetype må være en MIME-type, for eksempel application/pdf.");
      }
    }
    Long ttl = metadata != null && metadata.hasNonNull("ttl") ? metadata.get("ttl").asLong(-1) : null;
    if (ttl != null && ttl <= 0) {
      feil.add("metadata.ttl må være et positivt antall millisekunder.");
    }
    Integer niva = metadata != null && metadata.hasNonNull("sikkerhetsniva") ? metadata.get("sikkerhetsniva").asInt() : null;
    if (niva != null && niva != 3 && niva != 4) {
      feil.add("metadata.sikkerhetsniva må være 3 eller 4.");
    }
    if (!feil.isEmpty()) {
      throw new SimulatorException(HttpStatus.BAD_REQUEST, "VALIDERING_FEILET", String.join(" ", feil));
    }
    String id = UUID.randomUUID().toString();
    dokumenter.lagre(new SimDokumenter.Dokument(id, fiksOrgId, kontoId, dokumentnavn, mimetype, ttl, niva,
        OffsetDateTime.now(ZoneOffset.UTC)), innhold);
    return Map.of("id", id);
  }

  /** As KS documents it: 200 with an empty body, 404 when the account holds no such document. */
  @DeleteMapping("/fiks-simulator/dokumentlager/api/v1/{fiksOrgId}/kontoer/{kontoId}/dokumenter/{id}")
  ResponseEntity<Void> slett(@PathVariable String fiksOrgId, @PathVariable String kontoId, @PathVariable String id) {
    if (!dokumenter.slett(id, fiksOrgId, kontoId)) {
      throw SimulatorException.notFound("DOKUMENT_FINNES_IKKE", "Dokumentet finnes ikke på kontoen.");
    }
    return ResponseEntity.ok().build();
  }

  @GetMapping("/fiks-simulator/dokumentlager/nedlasting/{id}")
  ResponseEntity<byte[]> lastNed(@PathVariable String id) {
    SimDokumenter.Dokument dokument = dokumenter.dokument(id)
        .filter(d -> !d.utlopt(OffsetDateTime.now(ZoneOffset.UTC)))
        .orElseThrow(() -> SimulatorException.notFound("DOKUMENT_FINNES_IKKE", "Dokumentet finnes ikke eller er utløpt."));
    SimDokumenter.Innhold innhold = dokumenter.innhold(dokument.id()).orElseThrow();
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(innhold.mimetype())).body(innhold.innhold());
  }
}
