package no.ledsagerbevis.caseletter;

import java.util.List;
import no.ledsagerbevis.errors.ConflictException;
import no.ledsagerbevis.errors.NotFoundException;
import no.ledsagerbevis.fiks.register.FolkeregisterClient;
import no.ledsagerbevis.fiks.register.Person;
import no.ledsagerbevis.identity.CurrentUser;
import no.ledsagerbevis.validation.Fodselsnummer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Looks an applicant up in the folkeregister before a case exists, so that the case handler who registers
 * «Ny søknad» can confirm name and address. Only members of the group (and the municipality's
 * administrators) may look up, with the municipality's register role; a protected address is never shown.
 */
@Service
public class ApplicantLookup {

  private static final Logger log = LoggerFactory.getLogger(ApplicantLookup.class);

  private final CaseAccess access;
  private final MunicipalityAccounts accounts;
  private final FolkeregisterClient folkeregister;
  private final CurrentUser currentUser;

  ApplicantLookup(CaseAccess access, MunicipalityAccounts accounts, FolkeregisterClient folkeregister,
      CurrentUser currentUser) {
    this.access = access;
    this.accounts = accounts;
    this.folkeregister = folkeregister;
    this.currentUser = currentUser;
  }

  public Applicant lookUp(String kommunenummer, String gruppeId, String fnr) {
    access.requireGroup(kommunenummer, gruppeId);
    Fodselsnummer number = Fodselsnummer.parse("fnr", fnr);
    String rolleId;
    try {
      rolleId = accounts.registerRolleId(kommunenummer);
    } catch (IllegalStateException e) {
      throw new ConflictException("Kommunen har ingen rolle i Fiks register ennå. Be tjenesteadministratoren "
          + "fullføre konfigurasjonen.");
    }
    // Who looked up, never whom: the number stays out of the log.
    log.info("User {} looked up an applicant in the folkeregister for group {}", currentUser.userId(), gruppeId);
    Person person = folkeregister.hentPerson(rolleId, number).orElseThrow(() -> new NotFoundException(
        "Fødselsnummeret finnes ikke i Folkeregisteret. Kontroller nummeret."));
    boolean beskyttet = person.adressebeskyttelse() != null && person.adressebeskyttelse().beskyttet();
    List<String> adresse = beskyttet || person.adresse() == null ? List.of()
        : PersonLookupService.address(person.adresse()).linjer();
    return new Applicant(person.fulltNavn(), adresse, beskyttet);
  }

  /** What the case handler confirms; {@code adresse} is empty when it is protected. */
  public record Applicant(String navn, List<String> adresse, boolean adressebeskyttet) {
    @Override
    public String toString() {
      return "Applicant[***]";
    }
  }
}
