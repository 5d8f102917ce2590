package no.ledsagerbevis.caseletter;

import java.util.Optional;
import no.ledsagerbevis.fiks.register.FolkeregisterClient;
import no.ledsagerbevis.fiks.register.Person;
import no.ledsagerbevis.fiks.register.Postadresse;
import no.ledsagerbevis.validation.Fodselsnummer;
import org.springframework.stereotype.Service;

/**
 * Looks the case's person up in the folkeregister through the municipality's register role and keeps
 * name and address on the case. A protected address is never stored.
 */
@Service
public class PersonLookupService {

  private final CaseRepository cases;
  private final CaseEventRepository events;
  private final MunicipalityAccounts accounts;
  private final FolkeregisterClient folkeregister;

  PersonLookupService(CaseRepository cases, CaseEventRepository events, MunicipalityAccounts accounts,
      FolkeregisterClient folkeregister) {
    this.cases = cases;
    this.events = events;
    this.accounts = accounts;
    this.folkeregister = folkeregister;
  }

  /** @return false when the register does not know the person (the case handler must check the number) */
  public boolean lookUp(CompanionCase sak) {
    String saksId = sak.saksId();
    String rolleId = accounts.registerRolleId(sak.kommunenummer());
    Optional<Person> person = folkeregister.hentPerson(rolleId, Fodselsnummer.parse(sak.fnr()));
    if (person.isEmpty()) {
      events.record(saksId, CaseEventType.PERSON_IKKE_FUNNET, null);
      return false;
    }
    Person p = person.get();
    boolean beskyttet = p.adressebeskyttelse() != null && p.adressebeskyttelse().beskyttet();
    CaseAddress adresse = beskyttet || p.adresse() == null ? null : address(p.adresse());
    cases.savePerson(saksId, new PersonName(p.fornavn(), p.mellomnavn(), p.etternavn()), adresse, beskyttet);
    events.record(saksId, CaseEventType.PERSON_FUNNET, null, beskyttet
        ? "Personen er slått opp i Folkeregisteret. Adressen er beskyttet: brevet sendes bare digitalt og uten adresse."
        : CaseEventType.PERSON_FUNNET.beskrivelse());
    return true;
  }

  static CaseAddress address(Postadresse adresse) {
    return new CaseAddress(adresse.adresselinje(), null, null, adresse.postnummer(), adresse.poststed(), null);
  }
}
