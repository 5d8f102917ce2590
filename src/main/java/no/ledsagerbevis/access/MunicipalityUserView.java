package no.ledsagerbevis.access;

import java.util.List;

/**
 * A user of one municipality with the municipality's groups it is in (for choosing an existing user, and for
 * «Fjern» from the service). {@link #toString()} hides the name: Spring logs response bodies at debug level.
 */
public record MunicipalityUserView(String brukernavn, String navn, boolean administrator, List<String> grupper) {

  @Override
  public String toString() {
    return "MunicipalityUserView[brukernavn=" + brukernavn + ", navn=***, administrator=" + administrator
        + ", grupper=" + grupper + "]";
  }
}
