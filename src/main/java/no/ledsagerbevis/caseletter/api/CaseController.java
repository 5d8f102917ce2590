package no.ledsagerbevis.caseletter.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import no.ledsagerbevis.caseletter.CaseSearchRequest;
import no.ledsagerbevis.caseletter.CompanionCaseService;
import no.ledsagerbevis.caseletter.NewCaseRequest;
import no.ledsagerbevis.caseletter.Photo;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The case endpoints, scoped by municipality and user group. */
@RestController
@RequestMapping("/api/v1/kommuner/{kommunenummer}/grupper/{gruppeId}/saker")
class CaseController {

  private final CompanionCaseService companionCaseService;

  CaseController(CompanionCaseService companionCaseService) {
    this.companionCaseService = companionCaseService;
  }

  @PostMapping
  ResponseEntity<Map<String, String>> create(@PathVariable String kommunenummer, @PathVariable String gruppeId,
      @RequestBody NewCaseRequest request, HttpServletRequest http) {
    String saksId = companionCaseService.create(kommunenummer, gruppeId, request);
    return ResponseEntity.created(URI.create(http.getRequestURI() + "/" + saksId)).body(Map.of("saksId", saksId));
  }

  /** Multipart: part {@code sak} (the JSON above) and part {@code bilde} (JPEG or PNG); both stored, or neither. */
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<Map<String, String>> createWithPhoto(@PathVariable String kommunenummer,
      @PathVariable String gruppeId, @RequestPart("sak") NewCaseRequest request,
      @RequestPart(name = "bilde", required = false) MultipartFile bilde, HttpServletRequest http) throws IOException {
    String saksId = companionCaseService.createWithPhoto(kommunenummer, gruppeId, request,
        bilde == null ? null : bilde.getContentType(), bilde == null ? null : bilde.getBytes());
    return ResponseEntity.created(URI.create(http.getRequestURI() + "/" + saksId)).body(Map.of("saksId", saksId));
  }

  @GetMapping
  CaseViews.Page list(@PathVariable String kommunenummer, @PathVariable String gruppeId,
      @RequestParam(required = false) String status, @RequestParam(required = false) Integer side) {
    return CaseViews.page(companionCaseService.search(kommunenummer, gruppeId,
        new CaseSearchRequest(null, null, status, side)));
  }

  /** Search by fødselsnummer or name: in the body, never in the URL. */
  @PostMapping("/sok")
  CaseViews.Page search(@PathVariable String kommunenummer, @PathVariable String gruppeId,
      @RequestBody CaseSearchRequest request) {
    return CaseViews.page(companionCaseService.search(kommunenummer, gruppeId, request));
  }

  @GetMapping("/{saksId}")
  CaseViews.Detail get(@PathVariable String kommunenummer, @PathVariable String gruppeId,
      @PathVariable String saksId) {
    return CaseViews.detail(companionCaseService.get(kommunenummer, gruppeId, saksId));
  }

  @GetMapping("/{saksId}/bilde")
  ResponseEntity<byte[]> photo(@PathVariable String kommunenummer, @PathVariable String gruppeId,
      @PathVariable String saksId) {
    Photo photo = companionCaseService.photo(kommunenummer, gruppeId, saksId);
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.mimeType()))
        .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff")
        .body(photo.innhold());
  }

  /** The photo as the raw body ({@code image/jpeg} or {@code image/png}), at most 5 MB. */
  @PutMapping("/{saksId}/bilde")
  ResponseEntity<Void> uploadPhoto(@PathVariable String kommunenummer, @PathVariable String gruppeId,
      @PathVariable String saksId, @RequestHeader(value = "Content-Type", required = false) String contentType,
      HttpServletRequest http) throws IOException {
    companionCaseService.uploadPhoto(kommunenummer, gruppeId, saksId, contentType, http.getInputStream());
    return ResponseEntity.noContent().build();
  }
}
