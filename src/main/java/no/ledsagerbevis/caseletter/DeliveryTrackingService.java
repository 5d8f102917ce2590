package no.ledsagerbevis.caseletter;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import no.ledsagerbevis.fiks.svarut.ForsendelseStatus;
import no.ledsagerbevis.fiks.svarut.SvarUtClient;
import no.ledsagerbevis.fiks.svarut.SvarUtStatus;
import org.springframework.stereotype.Service;

/**
 * Asks SvarUt how far the letter has come, keeps the status on the letter and writes KS's history events:
 * {@code SENDT_EIER} (delivered digitally), {@code SENDT_PRINT} (sent to print), {@code IKKE_SENDT_EIER}
 * (not delivered or rejected).
 */
@Service
public class DeliveryTrackingService {

  private final LetterRepository letters;
  private final CaseEventRepository events;
  private final SvarUtClient svarUt;
  private final DeliveryPolling polling;

  DeliveryTrackingService(LetterRepository letters, CaseEventRepository events, SvarUtClient svarUt,
      DeliveryPolling polling) {
    this.letters = letters;
    this.events = events;
    this.svarUt = svarUt;
    this.polling = polling;
  }

  public DeliveryStatus poll(String saksId) {
    DecisionLetterFile letter = letters.find(saksId)
        .filter(l -> l.forsendelseId() != null)
        .orElseThrow(() -> new IllegalStateException("Case " + saksId + " has no sent letter"));
    List<ForsendelseStatus> statuses = svarUt.statusSok(letter.svarUtKontoId(), List.of(letter.forsendelseId()));
    ForsendelseStatus status = statuses.stream().filter(s -> letter.forsendelseId().equals(s.id())).findFirst()
        .orElse(null);
    if (status != null && status.status() != null) {
      if (!status.status().equals(letter.status())) {
        letters.saveStatus(saksId, status.status(), status.sisteStatusEndring());
      }
      recordHistory(saksId, status.kode());
      if (status.isFinal()) {
        return status.isDelivered() ? DeliveryStatus.LEVERT : DeliveryStatus.IKKE_LEVERT;
      }
    }
    return waitedTooLong(letter) ? givenUp(saksId) : DeliveryStatus.VENTER;
  }

  private boolean waitedTooLong(DecisionLetterFile letter) {
    return letter.laget().plus(polling.maxWait()).isBefore(OffsetDateTime.now(ZoneOffset.UTC));
  }

  /** A letter that never reaches a final status goes to a case handler instead of being polled for ever. */
  private DeliveryStatus givenUp(String saksId) {
    events.record(saksId, CaseEventType.IKKE_SENDT_EIER, null, "SvarUt har ikke gitt endelig status for "
        + "vedtaksbrevet etter " + polling.maxWait().toDays() + " dager. Brevet må følges opp.");
    return DeliveryStatus.IKKE_LEVERT;
  }

  private void recordHistory(String saksId, SvarUtStatus kode) {
    if (kode == null) {
      return;
    }
    CaseEventType event = switch (kode) {
      case SENDT_PRINT, PRINTET -> CaseEventType.SENDT_PRINT;
      case LEVERT_SDP, LEST, SENDT_DIGITALT, MANUELT_HANDTERT -> CaseEventType.SENDT_EIER;
      case IKKE_LEVERT, AVVIST -> CaseEventType.IKKE_SENDT_EIER;
      default -> null;
    };
    if (event != null && !events.has(saksId, event)) {
      events.record(saksId, event, null, event.beskrivelse() + " SvarUt-status: " + kode.name() + ".");
    }
  }
}
