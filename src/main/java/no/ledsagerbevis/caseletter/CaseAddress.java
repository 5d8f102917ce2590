package no.ledsagerbevis.caseletter;

import java.util.ArrayList;
import java.util.List;

/** The holder's postal address from the folkeregister; absent when the address is protected. */
public record CaseAddress(String adresselinje1, String adresselinje2, String adresselinje3,
    String postnummer, String poststed, String land) {

  /** The lines of an address block: street lines, then "postnummer poststed". */
  public List<String> linjer() {
    List<String> linjer = new ArrayList<>();
    for (String linje : new String[] {adresselinje1, adresselinje2, adresselinje3}) {
      if (linje != null && !linje.isBlank()) {
        linjer.add(linje);
      }
    }
    String sted = ((postnummer == null ? "" : postnummer) + " " + (poststed == null ? "" : poststed)).trim();
    if (!sted.isEmpty()) {
      linjer.add(sted);
    }
    if (land != null && !land.isBlank() && !"NORGE".equalsIgnoreCase(land)) {
      linjer.add(land);
    }
    return linjer;
  }

  @Override
  public String toString() {
    return "CaseAddress[***]";
  }
}
