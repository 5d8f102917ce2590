package no.ledsagerbevis.caseletter;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The holder's name as the folkeregister gave it. */
public record PersonName(String fornavn, String mellomnavn, String etternavn) {

  public String fulltNavn() {
    return Stream.of(fornavn, mellomnavn, etternavn)
        .filter(part -> part != null && !part.isBlank())
        .collect(Collectors.joining(" "));
  }

  @Override
  public String toString() {
    return "PersonName[***]";
  }
}
