package no.ledsagerbevis.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Simulated SvarUt REST v2 (send, status search, look-up by external reference). */
@RestController
@RequestMapping("/fiks-simulator/api/v2/kontoer/{kontoId}/forsendelser")
@ConditionalOnSimulator
class SimSvarUtController {

  private final SimSvarUt svarUt;
  private final ObjectMapper json;

  SimSvarUtController(SimSvarUt svarUt, ObjectMapper json) {
    this.svarUt = svarUt;
    this.json = json;
  }

  @PostMapping(consumes = "multipart/form-data")
  Map<String, String> send(@PathVariable String kontoId, HttpServletRequest request) throws IOException, ServletException {
    Iterator<Part> parts = request.getParts().iterator();
    Part first = parts.hasNext() ? parts.next() : null;
    if (first == null || !"forsendelse".equals(first.getName())) {
      throw new SimulatorException(HttpStatus.BAD_REQUEST, "VALIDERING_FEILET",
          "Første del av forespørselen må hete «forsendelse» og inneholde forsendelsens metadata som JSON.");
    }
    JsonNode forsendelse;
    try (InputStream in = first.getInputStream()) {
      forsendelse = json.readTree(in);
    } catch (IOException e) {
      throw new SimulatorException(HttpStatus.BAD_REQUEST, "VALIDERING_FEILET", "Delen «forsendelse» er ikke gyldig JSON.");
    }
    List<ForsendelseValidator.Filpart> filer = new ArrayList<>();
    while (parts.hasNext()) {
      Part part = parts.next();
      try (InputStream in = part.getInputStream()) {
        filer.add(new ForsendelseValidator.Filpart(part.getSubmittedFileName(), part.getContentType(), in.readAllBytes()));
      }
    }
    return Map.of("id", svarUt.motta(kontoId, forsendelse, filer));
  }

  @PostMapping("/status-sok")
  Map<String, Object> statusSok(@PathVariable String kontoId, @RequestBody StatusSok sok) {
    if (sok == null || sok.forsendelseIds() == null) {
      throw new SimulatorException(HttpStatus.BAD_REQUEST, "VALIDERING_FEILET", "forsendelseIds må fylles ut.");
    }
    return Map.of("statuser", svarUt.status(kontoId, sok.forsendelseIds()));
  }

  @GetMapping
  Map<String, Object> eksternRef(@PathVariable String kontoId, @RequestParam String eksternRef) {
    return Map.of("forsendelseIds", svarUt.medEksternReferanse(kontoId, eksternRef));
  }

  record StatusSok(List<String> forsendelseIds) {
  }
}
