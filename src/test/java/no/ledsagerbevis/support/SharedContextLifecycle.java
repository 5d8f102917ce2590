package no.ledsagerbevis.support;

import org.springframework.core.Ordered;
import org.springframework.test.annotation.DirtiesContext.HierarchyMode;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Only one Camunda engine named {@code default} may live in a JVM, and Spring's context cache would keep a context
 * open while the next configuration starts its own engine. So after each test class the context is closed, unless
 * the next class (in {@link SharedContextClassOrderer}'s order) uses the same configuration and can reuse it.
 * Registered in {@code META-INF/spring.factories}.
 */
public class SharedContextLifecycle implements TestExecutionListener, Ordered {

  @Override
  public void afterTestClass(TestContext testContext) {
    if (testContext.hasApplicationContext()
        && !SharedContextClassOrderer.nextClassSharesContextWith(testContext.getTestClass())) {
      testContext.markApplicationContextDirty(HierarchyMode.EXHAUSTIVE);
    }
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
