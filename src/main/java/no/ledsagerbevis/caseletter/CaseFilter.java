package no.ledsagerbevis.caseletter;

/** What a case search narrows by, already validated; null fields do not filter. */
public record CaseFilter(String fnr, String navn, CaseStatus status) {

  public static final CaseFilter NONE = new CaseFilter(null, null, null);

  @Override
  public String toString() {
    return "CaseFilter[fnr=***, navn=***, status=" + status + "]";
  }
}
