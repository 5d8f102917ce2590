package no.ledsagerbevis.fiks.register;

import com.fasterxml.jackson.databind.JsonNode;
import no.ledsagerbevis.fiks.FiksUnavailableException;

/** Reads the parts of a folkeregister person (Skatteetaten's format: lists of elements with {@code erGjeldende}). */
final class FregPerson {

  private FregPerson() {
  }

  static Person read(JsonNode person) {
    JsonNode navn = current(person.get("navn"));
    if (navn == null || blank(navn, "etternavn")) {
      throw new FiksUnavailableException("Slå opp person i folkeregisteret: svaret mangler navn");
    }
    Adressebeskyttelse beskyttelse = adressebeskyttelse(current(person.get("adressebeskyttelse")));
    Postadresse adresse = beskyttelse.beskyttet() ? null : adresse(current(person.get("bostedsadresse")));
    return new Person(text(navn, "fornavn"), text(navn, "mellomnavn"), text(navn, "etternavn"), adresse, beskyttelse);
  }

  /** Unknown grading values count as strictly confidential: showing a protected address is the worse mistake. */
  static Adressebeskyttelse adressebeskyttelse(JsonNode element) {
    if (element == null || blank(element, "graderingsnivaa")) {
      return Adressebeskyttelse.UGRADERT;
    }
    return switch (element.get("graderingsnivaa").asText().replace("_", "").toLowerCase()) {
      case "ugradert" -> Adressebeskyttelse.UGRADERT;
      case "fortrolig" -> Adressebeskyttelse.FORTROLIG;
      case "strengtfortrolig" -> Adressebeskyttelse.STRENGT_FORTROLIG;
      case "strengtfortroligutland" -> Adressebeskyttelse.STRENGT_FORTROLIG_UTLAND;
      default -> Adressebeskyttelse.STRENGT_FORTROLIG;
    };
  }

  private static Postadresse adresse(JsonNode bostedsadresse) {
    JsonNode vegadresse = bostedsadresse == null ? null : bostedsadresse.get("vegadresse");
    if (vegadresse == null || vegadresse.isNull()) {
      return null;
    }
    JsonNode poststed = vegadresse.get("poststed");
    if (poststed == null || blank(poststed, "postnummer")) {
      return null;
    }
    StringBuilder linje = new StringBuilder(text(vegadresse, "adressenavn") == null ? "" : text(vegadresse, "adressenavn"));
    JsonNode nummer = vegadresse.get("adressenummer");
    if (nummer != null && !blank(nummer, "husnummer")) {
      linje.append(' ').append(text(nummer, "husnummer"));
      if (!blank(nummer, "husbokstav")) {
        linje.append(text(nummer, "husbokstav"));
      }
    }
    return new Postadresse(linje.toString().trim(), text(poststed, "postnummer"), text(poststed, "poststedsnavn"));
  }

  /** The element marked {@code erGjeldende}, else the first; null for a missing or empty list. */
  private static JsonNode current(JsonNode list) {
    if (list == null || !list.isArray() || list.isEmpty()) {
      return list != null && list.isObject() ? list : null;
    }
    for (JsonNode element : list) {
      if (element.path("erGjeldende").asBoolean(false)) {
        return element;
      }
    }
    return list.get(0);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
  }

  private static boolean blank(JsonNode node, String field) {
    return text(node, field) == null;
  }
}
