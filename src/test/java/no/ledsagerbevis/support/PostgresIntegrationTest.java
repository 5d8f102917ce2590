package no.ledsagerbevis.support;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the *IT classes: the whole app on a random port, on its own fresh PostgreSQL database, with
 * the job executor running as in production. Subclasses talk HTTP through {@link #http()}. The bundled Fiks
 * simulator (the default run's) is asked for by name on PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
        "ledsagerbevis.fiks.simulator.allow-on-postgresql=true",
        "camunda.bpm.job-execution.wait-time-in-millis=200",
        "camunda.bpm.job-execution.max-wait=1000"
    })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class PostgresIntegrationTest extends HttpTestSupport {

  @BeforeAll
  static void requirePostgres() {
    PostgresTestDatabase.requireServer();
  }

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    // Evaluated once per distinct context; the database lives as long as that context.
    PostgresTestDatabase database = PostgresTestDatabase.createFor(PostgresIntegrationTest.class);
    registry.add("spring.datasource.url", database::jdbcUrl);
    registry.add("spring.datasource.username", database::username);
    registry.add("spring.datasource.password", database::password);
  }
}
