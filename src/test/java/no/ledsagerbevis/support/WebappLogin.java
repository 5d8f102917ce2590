package no.ledsagerbevis.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Logs a browser-like {@link Http} client in to the Camunda webapps, as the login page does. */
public final class WebappLogin {

  private WebappLogin() {
  }

  /**
   * Logs in to {@code app} (tasklist, cockpit, ...) and returns the header with the CSRF token of the new session,
   * which modifying requests must carry.
   */
  public static Map<String, String> login(Http browser, String user, String password, String app) {
    browser.get("/camunda/app/welcome/default/");
    Http.Response login = browser.postForm("/camunda/api/admin/auth/user/default/login/" + app,
        "username=" + encode(user) + "&password=" + encode(password), csrfHeader(browser));
    assertThat(login.status()).as(login.toString()).isEqualTo(200);
    // The login starts a new session; like the browser, fetch a page to get that session's CSRF token.
    browser.get("/camunda/api/admin/auth/user/default");
    return csrfHeader(browser);
  }

  public static Map<String, String> csrfHeader(Http browser) {
    return Map.of("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN").orElseThrow());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
