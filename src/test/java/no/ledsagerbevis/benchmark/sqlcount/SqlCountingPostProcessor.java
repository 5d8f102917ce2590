package no.ledsagerbevis.benchmark.sqlcount;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Loaded into the packaged application only by the benchmark (through {@code loader.path}, never from the test class
 * path: its auto-configuration import file is written by the benchmark into a folder of its own). Wraps every
 * {@link DataSource} bean in a {@link SqlCounter} named after the bean and writes the counts every half second to the
 * file in system property {@code benchmark.sqlcount.file}.
 */
@AutoConfiguration
public class SqlCountingPostProcessor {

  private static final List<SqlCounter> COUNTERS = new CopyOnWriteArrayList<>();

  @Bean
  static BeanPostProcessor benchmarkSqlCounting() {
    Path file = Path.of(System.getProperty("benchmark.sqlcount.file"));
    Thread writer = new Thread(() -> {
      while (true) {
        try {
          Thread.sleep(500);
          SqlCounter.dump(COUNTERS, file);
        } catch (InterruptedException e) {
          return;
        } catch (RuntimeException e) {
          // the next round tries again
        }
      }
    }, "benchmark-sql-counter");
    writer.setDaemon(true);
    writer.start();
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource) {
          SqlCounter counter = new SqlCounter(beanName);
          COUNTERS.add(counter);
          return counter.wrap(dataSource);
        }
        return bean;
      }
    };
  }
}
