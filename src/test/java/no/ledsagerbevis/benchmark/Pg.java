package no.ledsagerbevis.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The benchmark's PostgreSQL: creating databases and reading their statistics (user postgres, trust). */
final class Pg {

  private final String hostPort;
  private final String user;

  Pg(String hostPort, String user) {
    this.hostPort = hostPort;
    this.user = user;
  }

  String url(String database) {
    return "jdbc:postgresql://" + hostPort + "/" + database;
  }

  String user() {
    return user;
  }

  Connection connect(String database) {
    try {
      return DriverManager.getConnection(url(database), user, "");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot connect to " + url(database) + ": " + e.getMessage(), e);
    }
  }

  /** When the server started: a change during a scenario means someone restarted it under the benchmark. */
  String startTime() {
    try (Connection c = connect("postgres"); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT pg_postmaster_start_time()")) {
      rs.next();
      return rs.getString(1);
    } catch (SQLException | RuntimeException e) {
      return "unreachable";
    }
  }

  boolean exists(String database) {
    return queryLong("postgres", "SELECT COUNT(*) FROM pg_database WHERE datname = ?", database) > 0;
  }

  void recreate(String database) {
    try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + database);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Transactions committed in the database so far (after flushing this backend's view of the statistics). */
  long commits(String database) {
    try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
      s.execute("SELECT pg_stat_clear_snapshot()");
      try (ResultSet rs = s.executeQuery("SELECT xact_commit FROM pg_stat_database WHERE datname = '" + database + "'")) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  long queryLong(String database, String sql, Object... params) {
    try (Connection c = connect(database)) {
      return queryLong(c, sql, params);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static long queryLong(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Milliseconds, one value a row, from a query returning one numeric column (nulls dropped). */
  static List<Double> doubles(Connection c, String sql) throws SQLException {
    List<Double> values = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        double v = rs.getDouble(1);
        if (!rs.wasNull()) {
          values.add(v);
        }
      }
    }
    return values;
  }

  static boolean tableExists(Connection c, String table) throws SQLException {
    return queryLong(c, "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = ?", table) > 0;
  }
}
