package no.ledsagerbevis.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The active injected faults of this app process, in the order they were added (kept in memory only: each
 * node's simulator has its own). A call takes the first fault for its service and uses up one of its
 * {@code antall}. Clearing also releases every answer that a TIMEOUT or SLOW fault is holding.
 */
@Component
@ConditionalOnSimulator
class SimFeilregister {

  static final Duration STANDARD_TIMEOUT = Duration.ofMinutes(10);

  /** One fault; {@code igjen} null = until cleared. */
  record Feil(String id, SimTjeneste tjeneste, SimFeiltype type, Duration forsinkelse, Integer igjen) {
    Map<String, Object> somJson() {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("id", id);
      json.put("tjeneste", tjeneste.navn());
      json.put("type", type.name());
      json.put("forsinkelse", forsinkelse == null ? null : forsinkelse.toString());
      json.put("antall", igjen);
      return json;
    }

    /** How long TIMEOUT holds or SLOW delays the answer. */
    Duration venting() {
      if (forsinkelse != null) {
        return forsinkelse;
      }
      return type == SimFeiltype.TIMEOUT ? STANDARD_TIMEOUT : Duration.ZERO;
    }
  }

  private final List<Feil> aktive = new ArrayList<>();
  private long tomminger;

  synchronized Feil leggTil(SimTjeneste tjeneste, SimFeiltype type, Duration forsinkelse, Integer antall) {
    Feil feil = new Feil(UUID.randomUUID().toString(), tjeneste, type, forsinkelse, antall);
    aktive.add(feil);
    return feil;
  }

  synchronized List<Feil> aktive() {
    return List.copyOf(aktive);
  }

  synchronized void tom() {
    aktive.clear();
    tomminger++;
    notifyAll();
  }

  /** The fault this call to {@code tjeneste} gets, counting it; empty when none is active for the service. */
  synchronized Optional<Feil> trekk(SimTjeneste tjeneste) {
    for (int i = 0; i < aktive.size(); i++) {
      Feil feil = aktive.get(i);
      if (feil.tjeneste().treffer(tjeneste)) {
        if (feil.igjen() == null) {
          return Optional.of(feil);
        }
        if (feil.igjen() <= 1) {
          aktive.remove(i);
        } else {
          aktive.set(i, new Feil(feil.id(), feil.tjeneste(), feil.type(), feil.forsinkelse(), feil.igjen() - 1));
        }
        return Optional.of(feil);
      }
    }
    return Optional.empty();
  }

  /** Waits {@code varighet}, or less when the faults are cleared meanwhile. */
  synchronized void vent(Duration varighet) throws InterruptedException {
    long start = tomminger;
    long slutt = System.nanoTime() + varighet.toNanos();
    long igjen;
    while (tomminger == start && (igjen = slutt - System.nanoTime()) > 0) {
      long millis = Math.max(1, igjen / 1_000_000);
      wait(millis);
    }
  }
}
