package no.ledsagerbevis.support;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The number of rows in every table of the app's schema (ours and the engine's), taken in one statement so
 * that the snapshot is consistent. Two snapshots compare by {@link #differences(TableRowCounts)}: a refused
 * request must leave every count as it was.
 */
public final class TableRowCounts {

  private final Map<String, Long> counts;

  private TableRowCounts(Map<String, Long> counts) {
    this.counts = counts;
  }

  /**
   * @param ignored tables left out (lower case), e.g. ones a background timer writes to whatever a request does
   */
  public static TableRowCounts of(DataSource dataSource, Set<String> ignored) {
    JdbcClient jdbc = JdbcClient.create(dataSource);
    List<String> tables = jdbc.sql("SELECT table_name FROM information_schema.tables "
            + "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name")
        .query(String.class).list().stream()
        .filter(table -> !ignored.contains(table.toLowerCase()))
        .toList();
    if (tables.isEmpty()) {
      throw new IllegalStateException("No tables in the current schema");
    }
    String union = tables.stream()
        .map(table -> "SELECT '" + table + "' AS t, COUNT(*) AS n FROM \"" + table.replace("\"", "") + "\"")
        .collect(Collectors.joining(" UNION ALL "));
    Map<String, Long> counts = new TreeMap<>();
    jdbc.sql(union).query((rs, i) -> counts.put(rs.getString("t").toLowerCase(), rs.getLong("n"))).list();
    return new TableRowCounts(counts);
  }

  public Set<String> tables() {
    return counts.keySet();
  }

  public long count(String table) {
    return counts.getOrDefault(table, 0L);
  }

  /** Each table whose count differs, as {@code table: before -> after}; empty when nothing changed. */
  public List<String> differences(TableRowCounts after) {
    Set<String> all = new TreeSet<>(counts.keySet());
    all.addAll(after.counts.keySet());
    return all.stream()
        .filter(table -> !counts.getOrDefault(table, -1L).equals(after.counts.getOrDefault(table, -1L)))
        .map(table -> table + ": " + counts.getOrDefault(table, -1L) + " -> " + after.counts.getOrDefault(table, -1L))
        .toList();
  }

  @Override
  public String toString() {
    return counts.toString();
  }
}
