package no.ledsagerbevis.fiks.svarut;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.OffsetDateTime;

/**
 * One entry of SvarUt's status search. {@code status} is kept as SvarUt's string so that a status added
 * by KS later does not break parsing; {@link #kode()} maps it onto {@link SvarUtStatus}.
 */
public record ForsendelseStatus(String id, String status, OffsetDateTime sisteStatusEndring) {

  /** The known status, or null for a status this version does not know. */
  @JsonIgnore
  public SvarUtStatus kode() {
    return SvarUtStatus.fraTekst(status);
  }

  /** Nothing more will happen to the forsendelse (delivered, or definitely not delivered). */
  @JsonIgnore
  public boolean isFinal() {
    SvarUtStatus kode = kode();
    return kode != null && kode.isFinal();
  }

  /** The recipient has it (read, digital mailbox receipt, printed, or handled by hand). */
  @JsonIgnore
  public boolean isDelivered() {
    SvarUtStatus kode = kode();
    return kode != null && kode.isDelivered();
  }
}
