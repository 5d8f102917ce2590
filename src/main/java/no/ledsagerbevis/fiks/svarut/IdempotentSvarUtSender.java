package no.ledsagerbevis.fiks.svarut;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Sends a forsendelse at most once per external reference. A job retried after a send that reached
 * SvarUt (but whose answer was lost) finds the first forsendelse by {@code eksternReferanse} and reuses
 * its id. Every "send" delegate goes through here.
 */
@Component
public class IdempotentSvarUtSender {

  private final SvarUtClient svarUt;

  public IdempotentSvarUtSender(SvarUtClient svarUt) {
    this.svarUt = svarUt;
  }

  /** @return the id of the existing or the new forsendelse */
  public String sendOnce(String kontoId, Forsendelse forsendelse, List<Fil> filer) {
    String eksternReferanse = forsendelse.eksternReferanse();
    if (eksternReferanse == null || eksternReferanse.isBlank()) {
      throw new IllegalArgumentException("sendOnce needs an eksternReferanse to be idempotent");
    }
    return svarUt.finnForsendelseId(kontoId, eksternReferanse)
        .orElseGet(() -> svarUt.send(kontoId, forsendelse, filer));
  }
}
