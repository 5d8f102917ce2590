package no.ledsagerbevis.caseletter;

/**
 * The body of {@code POST .../saker/sok}: a fødselsnummer or a name only ever travel in a body, never in a
 * URL, where proxies and access logs would keep them. Every field is optional.
 */
public record CaseSearchRequest(String fnr, String navn, String status, Integer side) {

  @Override
  public String toString() {
    return "CaseSearchRequest[fnr=***, navn=***, status=" + status + ", side=" + side + "]";
  }
}
