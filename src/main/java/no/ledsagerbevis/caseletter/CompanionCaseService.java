package no.ledsagerbevis.caseletter;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import no.ledsagerbevis.errors.ConflictException;
import no.ledsagerbevis.errors.FieldErrors;
import no.ledsagerbevis.errors.InvalidInputException;
import no.ledsagerbevis.errors.NotFoundException;
import no.ledsagerbevis.identity.AsSystem;
import no.ledsagerbevis.identity.CurrentUser;
import no.ledsagerbevis.validation.Fodselsnummer;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The case API's work: create a case and start its process, store the photo, search, read one case. */
@Service
public class CompanionCaseService {

  private final CaseAccess access;
  private final CaseRepository cases;
  private final CaseEventRepository events;
  private final PhotoRepository photos;
  private final PhotoStorageService photoStorage;
  private final LetterRepository letters;
  private final RuntimeService runtimeService;
  private final AsSystem asSystem;
  private final CurrentUser currentUser;

  CompanionCaseService(CaseAccess access, CaseRepository cases, CaseEventRepository events, PhotoRepository photos,
      PhotoStorageService photoStorage, LetterRepository letters, RuntimeService runtimeService, AsSystem asSystem,
      CurrentUser currentUser) {
    this.access = access;
    this.cases = cases;
    this.events = events;
    this.photos = photos;
    this.photoStorage = photoStorage;
    this.letters = letters;
    this.runtimeService = runtimeService;
    this.asSystem = asSystem;
    this.currentUser = currentUser;
  }

  /** Validates everything, stores the case and starts {@value ProcessVariables#PROCESS_KEY}; returns the saksId. */
  @Transactional
  public String create(String kommunenummer, String gruppeId, NewCaseRequest request) {
    access.requireGroup(kommunenummer, gruppeId);
    return open(kommunenummer, gruppeId, request, currentUser.userId(), new FieldErrors());
  }

  /**
   * The same with the photo, all or nothing (as «Ny søknad» in Tasklist sends it): the photo is checked
   * with the case's fields, and a broken rule in either stores neither.
   */
  @Transactional
  public String createWithPhoto(String kommunenummer, String gruppeId, NewCaseRequest request, String contentType,
      byte[] bilde) {
    access.requireGroup(kommunenummer, gruppeId);
    FieldErrors errors = new FieldErrors();
    Photo photo = errors.check(() -> PhotoCheck.check(contentType, bilde));
    String saksId = open(kommunenummer, gruppeId, request, currentUser.userId(), errors);
    photos.save(saksId, photo);
    events.record(saksId, CaseEventType.BILDE_LASTET_OPP, currentUser.userId());
    return saksId;
  }

  /** The same without an API user, for demo data; the group must exist. */
  @Transactional
  public String open(String kommunenummer, String gruppeId, NewCaseRequest request, String opprettetAv) {
    return open(kommunenummer, gruppeId, request, opprettetAv, new FieldErrors());
  }

  /** @param errors rules already broken by the rest of the request; reported with the case's own */
  private String open(String kommunenummer, String gruppeId, NewCaseRequest request, String opprettetAv,
      FieldErrors errors) {
    Fodselsnummer fnr = errors.check(() -> Fodselsnummer.parse("fnr", request.fnr()));
    String telefonnummer = errors.check(() -> CaseRules.telefonnummer("telefonnummer", request.telefonnummer()));
    Integer antall = errors.check(() -> CaseRules.antallLedsagere("antallLedsagere", request.antallLedsagere()));
    LocalDate utlopsdato = errors.check(() -> CaseRules.utlopsdato("utlopsdato", request.utlopsdato()));
    String referansenummer = errors.check(() -> CaseRules.referansenummer("referansenummer", request.referansenummer()));
    errors.throwIfAny();

    String saksId = UUID.randomUUID().toString();
    cases.insert(new NewCase(saksId, kommunenummer, gruppeId, fnr.value(), telefonnummer, antall, utlopsdato,
        referansenummer, OffsetDateTime.now(ZoneOffset.UTC), opprettetAv));
    events.record(saksId, CaseEventType.OPPRETTET, opprettetAv);
    Map<String, Object> variables = ProcessVariables.start(saksId, kommunenummer, gruppeId, antall, utlopsdato);
    asSystem.run(() -> runtimeService.startProcessInstanceByKey(ProcessVariables.PROCESS_KEY, saksId, variables));
    return saksId;
  }

  /**
   * Stores or replaces the photo while the case is still under assessment. The body is read only after
   * the caller's access to the case is checked; one byte over the limit tells that it is too large.
   */
  @Transactional
  public void uploadPhoto(String kommunenummer, String gruppeId, String saksId, String contentType, InputStream body)
      throws IOException {
    CompanionCase sak = caseInGroup(kommunenummer, gruppeId, saksId);
    storePhoto(sak, contentType, body.readNBytes(PhotoCheck.MAX_BYTES + 1), currentUser.userId());
  }

  @Transactional
  public void storePhoto(CompanionCase sak, String contentType, byte[] bytes, String lastetOppAv) {
    if (sak.status() != CaseStatus.UNDER_BEHANDLING || sak.vedtak() != null) {
      throw new ConflictException("Bildet kan bare endres før vedtaket er fattet.");
    }
    photos.save(sak.saksId(), PhotoCheck.check(contentType, bytes));
    events.record(sak.saksId(), CaseEventType.BILDE_LASTET_OPP, lastetOppAv);
  }

  @Transactional(readOnly = true)
  public CasePage search(String kommunenummer, String gruppeId, CaseSearchRequest request) {
    access.requireGroup(kommunenummer, gruppeId);
    FieldErrors errors = new FieldErrors();
    String fnr = request.fnr() == null || request.fnr().isBlank() ? null
        : errors.check(() -> Fodselsnummer.parse("fnr", request.fnr()).value());
    String navn = request.navn() == null || request.navn().isBlank() ? null : errors.check(() -> navn(request.navn()));
    CaseStatus status = request.status() == null || request.status().isBlank() ? null
        : errors.check(() -> parseStatus(request.status()));
    int page = request.side() == null ? 0 : request.side();
    if (page < 0) {
      errors.add("side", "Side må være 0 eller større.");
    }
    errors.throwIfAny();
    CaseFilter filter = new CaseFilter(fnr, navn, status);
    return new CasePage(cases.search(kommunenummer, gruppeId, filter, page), page, CaseRepository.PAGE_SIZE,
        cases.count(kommunenummer, gruppeId, filter));
  }

  private static String navn(String input) {
    String navn = input.trim().replaceAll("\\s+", " ");
    if (navn.length() > 200) {
      throw new InvalidInputException("navn", "Navn i søket kan ha høyst 200 tegn.");
    }
    return navn;
  }

  /** The photo, for the case handler who assesses the case. */
  @Transactional(readOnly = true)
  public Photo photo(String kommunenummer, String gruppeId, String saksId) {
    CompanionCase sak = caseInGroup(kommunenummer, gruppeId, saksId);
    return photoStorage.find(sak).orElseThrow(() -> new NotFoundException("Saken har ikke noe bilde ennå."));
  }

  @Transactional(readOnly = true)
  public CaseDetails get(String kommunenummer, String gruppeId, String saksId) {
    CompanionCase sak = caseInGroup(kommunenummer, gruppeId, saksId);
    return new CaseDetails(sak, photoStorage.exists(sak), letters.find(saksId), events.history(saksId));
  }

  private CompanionCase caseInGroup(String kommunenummer, String gruppeId, String saksId) {
    access.requireGroup(kommunenummer, gruppeId);
    return cases.find(saksId)
        .filter(sak -> sak.kommunenummer().equals(kommunenummer) && sak.gruppeId().equals(gruppeId))
        .orElseThrow(() -> new NotFoundException("Saken " + saksId + " finnes ikke i denne brukergruppen."));
  }

  private static CaseStatus parseStatus(String status) {
    try {
      return CaseStatus.valueOf(status.trim());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("status", "Ukjent status. Gyldige verdier er "
          + Arrays.toString(CaseStatus.values()) + ".");
    }
  }
}
