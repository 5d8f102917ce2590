package no.ledsagerbevis.fiks;

/** The Maskinporten access token (scope {@code ks:fiks}) sent as {@code Authorization: Bearer} to Fiks. */
public interface MaskinportenTokenProvider {

  /** A valid token, from the cache while it has more than the refresh margin left. */
  String accessToken();
}
