package no.ledsagerbevis.support;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh PostgreSQL database for one test class, on the server at LEDSAGERBEVIS_TEST_PG_HOST/PORT
 * (default 127.0.0.1:5432, user postgres, trust or LEDSAGERBEVIS_TEST_PG_PASSWORD). Without a
 * reachable server the test is skipped with a hint, except when CI=true, where it fails.
 */
public final class PostgresTestDatabase {

  private static final String HOST = env("LEDSAGERBEVIS_TEST_PG_HOST", "127.0.0.1");
  private static final int PORT = Integer.parseInt(env("LEDSAGERBEVIS_TEST_PG_PORT", "5432"));
  private static final String USER = env("LEDSAGERBEVIS_TEST_PG_USER", "postgres");
  private static final String PASSWORD = env("LEDSAGERBEVIS_TEST_PG_PASSWORD", "");

  private final String name;

  private PostgresTestDatabase(String name) {
    this.name = name;
  }

  /** Creates an empty database named after the test class, or skips/fails when no server answers. */
  public static PostgresTestDatabase createFor(Class<?> testClass) {
    requireServer();
    String name = ("ledsagerbevis_test_" + testClass.getSimpleName() + "_" + UUID.randomUUID().toString().substring(0, 8))
        .toLowerCase(Locale.ROOT);
    try (Connection admin = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
         Statement statement = admin.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name);
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create test database " + name + ": " + e.getMessage(), e);
    }
    PostgresTestDatabase database = new PostgresTestDatabase(name);
    Runtime.getRuntime().addShutdownHook(new Thread(database::drop));
    return database;
  }

  public String jdbcUrl() {
    return url(name);
  }

  public String username() {
    return USER;
  }

  public String password() {
    return PASSWORD;
  }

  private void drop() {
    try (Connection admin = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
         Statement statement = admin.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    } catch (SQLException e) {
      // A database left behind is harmless: names are unique and the next run never reads it.
    }
  }

  /** Skips the calling test class without a server (fails it when CI=true); call from a static @BeforeAll. */
  public static void requireServer() {
    if (reachable()) {
      return;
    }
    String hint = "PostgreSQL is not reachable at " + HOST + ":" + PORT + ". Start it with "
        + "'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start' (Debian) or "
        + "'docker compose up -d postgres', or point LEDSAGERBEVIS_TEST_PG_HOST/PORT/USER/PASSWORD at a server.";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      Assertions.fail("CI=true requires the PostgreSQL integration tests to run. " + hint);
    }
    Assumptions.abort("Skipping PostgreSQL integration test. " + hint);
  }

  private static boolean reachable() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(HOST, PORT), 1000);
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  private static String url(String database) {
    return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
  }

  private static String env(String key, String fallback) {
    String value = System.getenv(key);
    return value == null || value.isBlank() ? fallback : value;
  }
}
