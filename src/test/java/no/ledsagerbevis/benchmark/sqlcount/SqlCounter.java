package no.ledsagerbevis.benchmark.sqlcount;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;

/**
 * Counts the SQL statements a {@link DataSource} executes, per statement text (a batched statement counts once per
 * {@code addBatch}). Used by the benchmark in its own JVM (bare engine) and, through {@link SqlCountingPostProcessor},
 * in the packaged application it starts; pg_stat_statements would need a server restart.
 */
public final class SqlCounter {

  private final String name;
  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

  public SqlCounter(String name) {
    this.name = name;
  }

  public String name() {
    return name;
  }

  public DataSource wrap(DataSource dataSource) {
    return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
        (proxy, method, args) -> {
          Object result = invoke(dataSource, method, args);
          return result instanceof Connection connection ? connection(connection) : result;
        });
  }

  /** Statement text (normalized, at most 120 characters) -> executions so far. */
  public Map<String, Long> snapshot() {
    Map<String, Long> copy = new java.util.TreeMap<>();
    counts.forEach((sql, count) -> copy.put(sql, count.sum()));
    return copy;
  }

  /** Writes the counts as lines {@code name<TAB>count<TAB>sql}, replacing the file atomically. */
  public static void dump(Iterable<SqlCounter> counters, Path file) {
    StringBuilder text = new StringBuilder();
    for (SqlCounter counter : counters) {
      counter.snapshot().forEach((sql, count) -> text.append(counter.name).append('\t').append(count).append('\t')
          .append(sql).append('\n'));
    }
    try {
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Connection connection(Connection connection) {
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          Object result = invoke(connection, method, args);
          if (result instanceof Statement statement && args != null && args.length > 0 && args[0] instanceof String sql) {
            return statement(statement, sql);
          }
          if (result instanceof Statement statement) {
            return statement(statement, null);
          }
          return result;
        });
  }

  private Statement statement(Statement statement, String preparedSql) {
    Class<?> type = statement instanceof CallableStatement ? CallableStatement.class
        : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
    InvocationHandler handler = (proxy, method, args) -> {
      String m = method.getName();
      if (m.equals("addBatch") || (m.startsWith("execute") && !m.equals("executeBatch") && !m.equals("executeLargeBatch"))) {
        String sql = preparedSql != null ? preparedSql : args != null && args.length > 0 && args[0] instanceof String s ? s : null;
        if (sql != null) {
          counts.computeIfAbsent(normalize(sql), k -> new LongAdder()).increment();
        }
      }
      return invoke(statement, method, args);
    };
    return (Statement) Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[] {type}, handler);
  }

  static String normalize(String sql) {
    String flat = sql.replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
    return flat.length() > 120 ? flat.substring(0, 120) : flat;
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
