package no.ledsagerbevis.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A browser-like session in a Camunda webapp: logged in as the login page does, and sending JSON to the
 * webapps' engine API ({@code /camunda/api/engine/engine/default/...}) with the CSRF token, as Tasklist does.
 */
public final class WebappSession {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Http browser;

  private WebappSession(Http browser) {
    this.browser = browser;
  }

  /** @param browser a fresh client (its own cookie jar) */
  public static WebappSession login(Http browser, String app, String brukernavn, String passord) {
    browser.get("/camunda/app/welcome/default/");
    Http.Response login = browser.postForm("/camunda/api/admin/auth/user/default/login/" + app,
        "username=" + brukernavn + "&password=" + passord, csrf(browser));
    if (login.status() != 200) {
      throw new IllegalStateException("Login to " + app + " as " + brukernavn + " failed: " + login);
    }
    return new WebappSession(browser);
  }

  /** {@code path} below {@code /camunda/api/engine/engine/default}. */
  public Http.Response engine(String method, String path, Object body) {
    try {
      return browser.send(method, "/camunda/api/engine/engine/default" + path, "application/json",
          JSON.writeValueAsBytes(body), csrf(browser));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> csrf(Http browser) {
    return Map.of("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN").orElseThrow());
  }
}
