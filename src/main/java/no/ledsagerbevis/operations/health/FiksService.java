package no.ledsagerbevis.operations.health;

import no.ledsagerbevis.fiks.FiksHost;

/**
 * The five Fiks services the application depends on, each with the host it lives on and a harmless path
 * under its documented API root. A probe reads that path without credentials: it sends nothing and
 * authenticates as nobody, so any answer below 500 means the service is there.
 */
enum FiksService {
  SVARUT("svarut", FiksHost.SVARUT, "/api/v2"),
  FOLKEREGISTER("folkeregister", FiksHost.API, "/folkeregister/api/v1"),
  DOKUMENTLAGER("dokumentlager", FiksHost.API, "/dokumentlager/api/v1"),
  VARSLING("varsling", FiksHost.API, "/varsling/api/v2"),
  FORVALTNING("forvaltning", FiksHost.FORVALTNING, "/forvaltning/api/v1");

  private final String indicatorName;
  private final FiksHost host;
  private final String probePath;

  FiksService(String indicatorName, FiksHost host, String probePath) {
    this.indicatorName = indicatorName;
    this.host = host;
    this.probePath = probePath;
  }

  /** The component name under {@code fiks} in /actuator/health. */
  String indicatorName() {
    return indicatorName;
  }

  FiksHost host() {
    return host;
  }

  String probePath() {
    return probePath;
  }
}
