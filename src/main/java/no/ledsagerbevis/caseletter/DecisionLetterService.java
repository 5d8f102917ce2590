package no.ledsagerbevis.caseletter;

import java.util.List;
import no.ledsagerbevis.access.UserLogins;
import no.ledsagerbevis.configuration.MunicipalitySettings;
import no.ledsagerbevis.configuration.PostAdresse;
import no.ledsagerbevis.letters.DecisionLetter;
import no.ledsagerbevis.letters.DecisionLetterPdf;
import no.ledsagerbevis.letters.Footer;
import no.ledsagerbevis.letters.Spraak;
import no.ledsagerbevis.validation.Fodselsnummer;
import org.springframework.stereotype.Service;

/**
 * Renders the case's decision letter in the municipality's language, with its postal address and phone
 * in the footer (K8), and keeps the PDF on the case. A letter already sent is never replaced.
 */
@Service
public class DecisionLetterService {

  private final LetterRepository letters;
  private final CaseEventRepository events;
  private final MunicipalityAccounts municipalities;
  private final MunicipalityDirectory directory;
  private final DecisionLetterPdf pdf;
  private final UserLogins logins;

  DecisionLetterService(LetterRepository letters, CaseEventRepository events, MunicipalityAccounts municipalities,
      MunicipalityDirectory directory, DecisionLetterPdf pdf, UserLogins logins) {
    this.letters = letters;
    this.events = events;
    this.municipalities = municipalities;
    this.directory = directory;
    this.pdf = pdf;
    this.logins = logins;
  }

  public void generate(CompanionCase sak) {
    String saksId = sak.saksId();
    if (letters.find(saksId).map(DecisionLetterFile::forsendelseId).isPresent()) {
      return;
    }
    MunicipalitySettings municipality = municipalities.settings(sak.kommunenummer());
    byte[] bytes = pdf.render(letter(sak, municipality));
    letters.saveLetter(saksId, filnavn(saksId), bytes);
    events.record(saksId, CaseEventType.BREV_LAGET, null);
  }

  DecisionLetter letter(CompanionCase sak, MunicipalitySettings municipality) {
    if (sak.vedtak() == null || sak.navn() == null) {
      throw new IllegalStateException("Case " + sak.saksId() + " has no decision or no register data yet");
    }
    PostAdresse adresse = municipality.postAdresse();
    if (adresse == null || municipality.telefon() == null) {
      throw new IllegalStateException("Municipality " + sak.kommunenummer() + " has no footer address or phone");
    }
    boolean innvilget = sak.vedtak() == Vedtak.INNVILGET;
    List<String> mottakerAdresse = sak.adressebeskyttet() || sak.adresse() == null ? List.of() : sak.adresse().linjer();
    return new DecisionLetter(
        municipality.spraak() == null ? Spraak.BOKMAAL : Spraak.valueOf(municipality.spraak().name()),
        no.ledsagerbevis.letters.Vedtak.valueOf(sak.vedtak().name()),
        directory.kommunenavn(sak.kommunenummer()),
        sak.saksId(),
        sak.referansenummer(),
        sak.navn().fulltNavn(),
        mottakerAdresse,
        Fodselsnummer.parse(sak.fnr()).masked(),
        sak.vedtaksdato(),
        sak.antallLedsagere(),
        innvilget ? sak.utlopsdato() : null,
        sak.begrunnelse(),
        logins.visningsnavn(sak.saksbehandler()),
        new Footer(adresse.postadressenavn(), adresse.postnummer(), adresse.poststed(), municipality.telefon()));
  }

  static String filnavn(String saksId) {
    return "vedtak-ledsagerbevis-" + saksId + ".pdf";
  }
}
