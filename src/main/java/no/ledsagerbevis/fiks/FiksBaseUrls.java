package no.ledsagerbevis.fiks;

/**
 * Turns a configured base URL ({@code ledsagerbevis.fiks.*.base-url}) into the one to call, at call time.
 * Production uses the configured URL as it is; the bundled simulator replaces it with one that fills in
 * this app's own port.
 */
public interface FiksBaseUrls {

  String resolve(String baseUrl);

  /** The configured URL without trailing slash; refuses a missing one. */
  static String configured(String baseUrl) {
    if (baseUrl == null || baseUrl.isBlank()) {
      throw new IllegalStateException("A Fiks base URL is not configured (ledsagerbevis.fiks.*.base-url)");
    }
    String text = baseUrl.trim();
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }
}
