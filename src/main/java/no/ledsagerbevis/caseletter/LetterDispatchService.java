package no.ledsagerbevis.caseletter;

import java.util.List;
import no.ledsagerbevis.fiks.svarut.Dokument;
import no.ledsagerbevis.fiks.svarut.Fil;
import no.ledsagerbevis.fiks.svarut.Forsendelse;
import no.ledsagerbevis.fiks.svarut.IdempotentSvarUtSender;
import no.ledsagerbevis.fiks.svarut.Mottaker;
import org.springframework.stereotype.Service;

/**
 * Sends the decision letter through SvarUt from the municipality's chosen account, to the holder's
 * fødselsnummer. {@code eksternReferanse} = saksId, so a retried or re-run job finds the first forsendelse
 * instead of sending again. A protected address means digital delivery only and no address at all.
 */
@Service
public class LetterDispatchService {

  static final String TITTEL = "Vedtak om ledsagerbevis";

  private final LetterRepository letters;
  private final CaseEventRepository events;
  private final MunicipalityAccounts accounts;
  private final IdempotentSvarUtSender sender;

  LetterDispatchService(LetterRepository letters, CaseEventRepository events, MunicipalityAccounts accounts,
      IdempotentSvarUtSender sender) {
    this.letters = letters;
    this.events = events;
    this.accounts = accounts;
    this.sender = sender;
  }

  /** @return the forsendelse id */
  public String send(CompanionCase sak) {
    String saksId = sak.saksId();
    DecisionLetterFile letter = letters.find(saksId)
        .orElseThrow(() -> new IllegalStateException("Case " + saksId + " has no decision letter"));
    if (letter.forsendelseId() != null) {
      return letter.forsendelseId();
    }
    String kontoId = accounts.svarUtKontoId(sak.kommunenummer());
    Forsendelse forsendelse = Forsendelse.builder()
        .tittel(TITTEL)
        .mottaker(mottaker(sak))
        .eksternReferanse(saksId)
        .kunDigitalLevering(sak.adressebeskyttet())
        .taushetsbelagtPost(true)
        .krevNiva4Innlogging(true)
        .dokument(Dokument.pdf(letter.filnavn(), true))
        .build();
    String forsendelseId = sender.sendOnce(kontoId, forsendelse, List.of(Fil.pdf(letter.filnavn(), letters.pdf(saksId))));
    letters.saveForsendelse(saksId, kontoId, forsendelseId);
    events.record(saksId, CaseEventType.BREV_SENDT, null);
    return forsendelseId;
  }

  static Mottaker mottaker(CompanionCase sak) {
    String navn = sak.navn() == null ? null : sak.navn().fulltNavn();
    CaseAddress adresse = sak.adressebeskyttet() ? null : sak.adresse();
    if (adresse == null) {
      return new Mottaker(navn, sak.fnr(), null, null, null, null, null, null);
    }
    return new Mottaker(navn, sak.fnr(), adresse.adresselinje1(), adresse.adresselinje2(), adresse.adresselinje3(),
        adresse.postnummer(), adresse.poststed(), adresse.land() == null ? "Norge" : adresse.land());
  }
}
