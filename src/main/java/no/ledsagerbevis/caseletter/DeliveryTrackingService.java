package no.ledsagerbevis.caseletter;

import java.util.List;
import no.ledsagerbevis.fiks.svarut.ForsendelseStatus;
import no.ledsagerbevis.fiks.svarut.SvarUtClient;
import no.ledsagerbevis.fiks.svarut.SvarUtStatus;
import org.springframework.stereotype.Service;

/**
 * Asks SvarUt how far the letter has come. Only a changed status is written: on the letter, and as KS's
 * history events {@code SENDT_EIER} (delivered digitally), {@code SENDT_PRINT} (sent to print),
 * {@code IKKE_SENDT_EIER} (not delivered or rejected). A poll that learns nothing new writes nothing.
 */
@Service
public class DeliveryTrackingService {

  private final LetterRepository letters;
  private final CaseEventRepository events;
  private final SvarUtClient svarUt;

  DeliveryTrackingService(LetterRepository letters, CaseEventRepository events, SvarUtClient svarUt) {
    this.letters = letters;
    this.events = events;
    this.svarUt = svarUt;
  }

  public DeliveryStatus poll(String saksId) {
    DecisionLetterFile letter = letters.find(saksId)
        .filter(l -> l.forsendelseId() != null)
        .orElseThrow(() -> new IllegalStateException("Case " + saksId + " has no sent letter"));
    List<ForsendelseStatus> statuses = svarUt.statusSok(letter.svarUtKontoId(), List.of(letter.forsendelseId()));
    ForsendelseStatus status = statuses.stream().filter(s -> letter.forsendelseId().equals(s.id())).findFirst()
        .orElse(null);
    if (status == null || status.status() == null) {
      return DeliveryStatus.VENTER;
    }
    if (!status.status().equals(letter.status())) {
      letters.saveStatus(saksId, status.status(), status.sisteStatusEndring());
      recordHistory(saksId, status.kode());
    }
    if (status.isFinal()) {
      return status.isDelivered() ? DeliveryStatus.LEVERT : DeliveryStatus.IKKE_LEVERT;
    }
    return DeliveryStatus.VENTER;
  }

  /** {@code Task_RecordNoFinalStatus}: the give-up timer fired before SvarUt gave a final status. */
  public void recordNoFinalStatus(String saksId, long days) {
    events.record(saksId, CaseEventType.IKKE_SENDT_EIER, null, "SvarUt har ikke gitt endelig status for "
        + "vedtaksbrevet etter " + days + " dager. Brevet må følges opp.");
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
