package no.ledsagerbevis.support;

import org.springframework.boot.test.web.server.LocalServerPort;

/** Gives a test of the running app a small HTTP client pointed at it. */
public abstract class HttpTestSupport {

  @LocalServerPort
  protected int port;

  protected Http http() {
    return new Http("http://localhost:" + port);
  }

  protected Http as(String user, String password) {
    return http().as(user, password);
  }

  protected Http asAdmin() {
    return as("admin", "admin");
  }
}
