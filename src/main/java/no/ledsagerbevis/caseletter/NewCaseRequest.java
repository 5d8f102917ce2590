package no.ledsagerbevis.caseletter;

/** The body of {@code POST .../saker}; fields as in KS's case API. */
public record NewCaseRequest(String fnr, String telefonnummer, Object antallLedsagere, String utlopsdato,
    String referansenummer) {

  @Override
  public String toString() {
    return "NewCaseRequest[***]";
  }
}
