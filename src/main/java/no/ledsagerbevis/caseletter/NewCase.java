package no.ledsagerbevis.caseletter;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A checked new case, as the case API stores it: under assessment, before the register look-up. */
public record NewCase(String saksId, String kommunenummer, String gruppeId, String fnr, String telefonnummer,
    int antallLedsagere, LocalDate utlopsdato, String referansenummer, OffsetDateTime opprettet, String opprettetAv) {

  /** The stored case it becomes: nothing looked up or decided yet. */
  CompanionCase asStored() {
    return new CompanionCase(saksId, kommunenummer, gruppeId, fnr, telefonnummer, antallLedsagere, utlopsdato,
        referansenummer, CaseStatus.UNDER_BEHANDLING, null, null, false, null, null, null, null, null, null,
        opprettet, opprettetAv);
  }

  @Override
  public String toString() {
    return "NewCase[saksId=" + saksId + ", kommunenummer=" + kommunenummer + ", gruppeId=" + gruppeId + "]";
  }
}
