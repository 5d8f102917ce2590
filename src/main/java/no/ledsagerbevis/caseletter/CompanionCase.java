package no.ledsagerbevis.caseletter;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One companion-certificate case as stored in {@code caseletter_case}. {@code navn} is null before the
 * register look-up; {@code adresse} is null when the register has none or the address is protected.
 */
public record CompanionCase(
    String saksId,
    String kommunenummer,
    String gruppeId,
    String fnr,
    String telefonnummer,
    int antallLedsagere,
    LocalDate utlopsdato,
    String referansenummer,
    CaseStatus status,
    PersonName navn,
    CaseAddress adresse,
    boolean adressebeskyttet,
    Vedtak vedtak,
    String begrunnelse,
    String saksbehandler,
    LocalDate vedtaksdato,
    String bildeDokumentId,
    String smsId,
    OffsetDateTime opprettet,
    String opprettetAv) {

  /** The same case as it would stand after the given decision: for a preview of its letter, never stored. */
  CompanionCase considering(Vedtak vedtak, String begrunnelse, int antallLedsagere, LocalDate utlopsdato,
      String saksbehandler, LocalDate vedtaksdato) {
    return new CompanionCase(saksId, kommunenummer, gruppeId, fnr, telefonnummer, antallLedsagere, utlopsdato,
        referansenummer, status, navn, adresse, adressebeskyttet, vedtak, begrunnelse, saksbehandler, vedtaksdato,
        bildeDokumentId, smsId, opprettet, opprettetAv);
  }

  @Override
  public String toString() {
    return "CompanionCase[saksId=" + saksId + ", kommunenummer=" + kommunenummer + ", gruppeId=" + gruppeId
        + ", status=" + status + "]";
  }
}
