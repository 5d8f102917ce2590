package no.ledsagerbevis.fiks.register;

import java.util.Optional;
import no.ledsagerbevis.validation.Fodselsnummer;

/** The folkeregister through Fiks register, read with the municipality's register role. */
public interface FolkeregisterClient {

  /** Name, postal address and address protection; empty when the register does not know the number (404). */
  Optional<Person> hentPerson(String rolleId, Fodselsnummer fnr);
}
