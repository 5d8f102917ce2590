package no.ledsagerbevis.simulator;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The simulator's Fiks service endpoints by path, and {@code ALLE} for a fault that hits every one of them. */
enum SimTjeneste {
  SVARUT("/fiks-simulator/api/v2/"),
  FOLKEREGISTER("/fiks-simulator/folkeregister/"),
  DOKUMENTLAGER("/fiks-simulator/dokumentlager/"),
  VARSLING("/fiks-simulator/varsling/"),
  FORVALTNING("/fiks-simulator/forvaltning/"),
  ALLE(null);

  private final String prefix;

  SimTjeneste(String prefix) {
    this.prefix = prefix;
  }

  /** The service a request path belongs to; empty for the token endpoint, the control API and the page. */
  static Optional<SimTjeneste> forSti(String path) {
    return Arrays.stream(values()).filter(t -> t.prefix != null && path.startsWith(t.prefix)).findFirst();
  }

  static Optional<SimTjeneste> fraNavn(String navn) {
    return navn == null ? Optional.empty()
        : Arrays.stream(values()).filter(t -> t.name().equals(navn.trim().toUpperCase(Locale.ROOT))).findFirst();
  }

  boolean treffer(SimTjeneste tjeneste) {
    return this == ALLE || this == tjeneste;
  }

  String navn() {
    return name().toLowerCase(Locale.ROOT);
  }
}
