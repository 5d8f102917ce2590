package no.ledsagerbevis.caseletter;

import java.time.LocalDate;
import no.ledsagerbevis.configuration.MunicipalitySettings;
import no.ledsagerbevis.configuration.MunicipalitySettingsService;
import no.ledsagerbevis.errors.ConflictException;
import no.ledsagerbevis.errors.FieldErrors;
import no.ledsagerbevis.errors.InvalidInputException;
import no.ledsagerbevis.identity.AsSystem;
import no.ledsagerbevis.identity.CurrentUser;
import no.ledsagerbevis.letters.DecisionLetterPdf;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision letter a case under assessment would get if the caller decided it now: rendered by the same
 * template as the real letter, neither stored nor sent, and nothing recorded on the case.
 */
@Service
public class DecisionLetterPreview {

  /** Stands in for the refusal reasons, which are personal data and never travel in the preview's URL. */
  static final String BEGRUNNELSE_PLASSHOLDER = "[Her kommer begrunnelsen du skriver i skjemaet «Vurder søknad».]";

  private final CompanionCaseService caseService;
  private final DecisionLetterService letters;
  private final MunicipalitySettingsService settings;
  private final DecisionLetterPdf pdf;
  private final CurrentUser currentUser;
  private final AsSystem asSystem;

  DecisionLetterPreview(CompanionCaseService caseService, DecisionLetterService letters,
      MunicipalitySettingsService settings, DecisionLetterPdf pdf, CurrentUser currentUser, AsSystem asSystem) {
    this.caseService = caseService;
    this.letters = letters;
    this.settings = settings;
    this.pdf = pdf;
    this.currentUser = currentUser;
    this.asSystem = asSystem;
  }

  /**
   * @param antallLedsagere blank: what the application asks for
   * @param utlopsdato      blank: what the application asks for
   */
  @Transactional(readOnly = true)
  public byte[] render(String kommunenummer, String gruppeId, String saksId, String vedtak, String antallLedsagere,
      String utlopsdato) {
    CompanionCase sak = caseService.get(kommunenummer, gruppeId, saksId).sak();
    FieldErrors errors = new FieldErrors();
    Vedtak decision = errors.check(() -> vedtak(vedtak));
    Integer antall = antallLedsagere == null || antallLedsagere.isBlank() ? Integer.valueOf(sak.antallLedsagere())
        : errors.check(() -> CaseRules.antallLedsagere("antallLedsagere", antallLedsagere));
    LocalDate utlop = utlopsdato == null || utlopsdato.isBlank() ? sak.utlopsdato()
        : errors.check(() -> CaseRules.utlopsdato("utlopsdato", utlopsdato));
    errors.throwIfAny();
    if (sak.status() != CaseStatus.UNDER_BEHANDLING || sak.vedtak() != null) {
      throw new ConflictException("Vedtaket er allerede fattet. Det sendte vedtaksbrevet hører til saken.");
    }
    if (sak.navn() == null) {
      throw new ConflictException("Personen er ikke slått opp i Folkeregisteret ennå. Prøv igjen om litt.");
    }
    MunicipalitySettings municipality = settings.get(kommunenummer);
    if (municipality.postAdresse() == null || municipality.telefon() == null) {
      throw new ConflictException("Kommunen har ikke lagt inn postadresse og telefon for vedtaksbrevene ennå.");
    }
    CompanionCase considered = sak.considering(decision,
        decision == Vedtak.AVSLAATT ? BEGRUNNELSE_PLASSHOLDER : null, antall, utlop, currentUser.userId(),
        CaseRules.today());
    // As the application: the letter names the case handler, and case handlers may not read user records.
    return pdf.render(asSystem.call(() -> letters.letter(considered, municipality)));
  }

  private static Vedtak vedtak(String value) {
    try {
      return Vedtak.valueOf(value == null ? "" : value.trim());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("vedtak", "Vedtak må være INNVILGET eller AVSLAATT.");
    }
  }
}
