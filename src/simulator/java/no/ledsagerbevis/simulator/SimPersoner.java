package no.ledsagerbevis.simulator;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The simulated folkeregister (seeded and derived synthetic persons), including who has a digital mailbox. */
@Repository
@ConditionalOnSimulator
class SimPersoner {

  record Person(String fnr, String fornavn, String mellomnavn, String etternavn, String adressenavn, String husnummer,
      String husbokstav, String postnummer, String poststed, String kommunenummer, String adressebeskyttelse,
      boolean digitalPostkasse) {
  }

  private final JdbcClient jdbc;

  SimPersoner(SimulatorDatabase database) {
    this.jdbc = database.jdbc();
  }

  /** A seeded person, else the person derived from a synthetic number ({@link SyntheticPersons}). */
  Optional<Person> person(String fnr) {
    return jdbc.sql("SELECT * FROM sim_person WHERE fnr = ?").param(fnr).query(Person.class).optional()
        .or(() -> SyntheticPersons.person(fnr));
  }

  /** The seeded persons (the derived ones are countless). */
  List<Person> alle() {
    return jdbc.sql("SELECT * FROM sim_person ORDER BY fnr").query(Person.class).list();
  }
}
