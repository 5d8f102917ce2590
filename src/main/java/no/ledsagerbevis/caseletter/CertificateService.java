package no.ledsagerbevis.caseletter;

import org.springframework.stereotype.Service;

/** Issues the certificate of an approved case: status {@code AKTIV}. */
@Service
public class CertificateService {

  private final CaseRepository cases;
  private final CaseEventRepository events;

  CertificateService(CaseRepository cases, CaseEventRepository events) {
    this.cases = cases;
    this.events = events;
  }

  public void issue(CompanionCase sak) {
    String saksId = sak.saksId();
    if (sak.vedtak() != Vedtak.INNVILGET) {
      throw new IllegalStateException("Case " + saksId + " is not approved");
    }
    if (sak.status() == CaseStatus.AKTIV) {
      return;
    }
    cases.updateStatus(saksId, CaseStatus.AKTIV);
    events.record(saksId, CaseEventType.BEVIS_UTSTEDT, null);
  }
}
