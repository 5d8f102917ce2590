package no.ledsagerbevis.benchmark.sqlcount;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class SqlCounterTest {

  @Test
  void countsEachExecutionAndEachBatchedRowByStatement() throws Exception {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:sqlcounter;DB_CLOSE_DELAY=-1");
    SqlCounter counter = new SqlCounter("test");
    DataSource counted = counter.wrap(h2);

    try (Connection c = counted.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE t (id INT)");
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO t VALUES (?)")) {
        for (int i = 0; i < 3; i++) {
          insert.setInt(1, i);
          insert.addBatch();
        }
        insert.executeBatch();
      }
      try (PreparedStatement select = c.prepareStatement("SELECT  COUNT(*)\n FROM t")) {
        select.executeQuery().close();
        select.executeQuery().close();
      }
    }

    assertThat(counter.snapshot()).containsEntry("insert into t values (?)", 3L)
        .containsEntry("select count(*) from t", 2L)
        .containsEntry("create table t (id int)", 1L);
    assertThat(counted.unwrap(JdbcDataSource.class)).isSameAs(h2);
  }
}
