package no.ledsagerbevis.fiks.register;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A person as the register shows it. {@code adresse} is null when the person has none or a protected one.
 * {@link #toString()} hides name and address so that a record never reaches a log in clear text.
 */
public record Person(String fornavn, String mellomnavn, String etternavn, Postadresse adresse,
    Adressebeskyttelse adressebeskyttelse) {

  public String fulltNavn() {
    return Stream.of(fornavn, mellomnavn, etternavn)
        .filter(del -> del != null && !del.isBlank())
        .collect(Collectors.joining(" "));
  }

  @Override
  public String toString() {
    return "Person[adressebeskyttelse=" + adressebeskyttelse + ", harAdresse=" + (adresse != null) + "]";
  }
}
