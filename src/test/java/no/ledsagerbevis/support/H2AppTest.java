package no.ledsagerbevis.support;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Base of HTTP-level tests on the embedded default (a private in-memory H2 per context) for quick
 * checks that need no PostgreSQL. Classes with the same configuration share one context and its database
 * (support.SharedContextClassOrderer runs them back to back): use ids of your own (a kommunenummer, a group)
 * instead of counting everything. A class that changes what every other class sees (deploys processes, moves
 * the clock for good) carries {@code @DirtiesContext(classMode = AFTER_CLASS)}. Metrics are exported as in
 * production (Prometheus), so every class can read them.
 */
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
        "spring.datasource.generate-unique-name=true",
        "spring.datasource.url=jdbc:h2:mem:${random.uuid};DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"
    })
public abstract class H2AppTest extends HttpTestSupport {
}
