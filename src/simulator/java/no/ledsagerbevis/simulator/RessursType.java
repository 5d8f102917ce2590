package no.ledsagerbevis.simulator;

import java.util.Optional;

/** The resources our forvaltning paths create on demand, with the Fiks service each one needs. */
enum RessursType {
  REGISTERROLLE("registerrolle", "REGISTER", "Rolle i Fiks register"),
  DOKUMENTLAGERKONTO("dokumentlagerkonto", "DOKUMENTLAGER", "Konto i Fiks dokumentlager"),
  VARSLINGKONTO("varslingkonto", null, "Konto i Fiks varsling");

  private final String path;
  private final String kreverTjeneste;
  private final String visningsnavn;

  RessursType(String path, String kreverTjeneste, String visningsnavn) {
    this.path = path;
    this.kreverTjeneste = kreverTjeneste;
    this.visningsnavn = visningsnavn;
  }

  String path() {
    return path;
  }

  String kreverTjeneste() {
    return kreverTjeneste;
  }

  String visningsnavn() {
    return visningsnavn;
  }

  static Optional<RessursType> fraPath(String path) {
    for (RessursType type : values()) {
      if (type.path.equals(path)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
