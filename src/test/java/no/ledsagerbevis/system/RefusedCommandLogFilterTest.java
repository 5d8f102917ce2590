package no.ledsagerbevis.system;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import no.ledsagerbevis.errors.InvalidInputException;
import no.ledsagerbevis.errors.NotFoundException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

class RefusedCommandLogFilterTest {

  private final LoggerContext context = new LoggerContext();
  private final Logger engineContext = context.getLogger(RefusedCommandLogFilter.ENGINE_CONTEXT_LOGGER);
  private final RefusedCommandLogFilter filter = new RefusedCommandLogFilter();

  @Test
  void aRuleThatRefusesAUsersInputInsideACommandIsNoError() {
    assertThat(decide(engineContext, Level.ERROR, new InvalidInputException("vedtak", "Vedtak mangler."))).isEqualTo(FilterReply.DENY);
    assertThat(decide(engineContext, Level.ERROR, new ProcessEngineException("wrapped",
        new NotFoundException("Fant ikke oppgaven.")))).isEqualTo(FilterReply.DENY);
    // As a form rule's refusal arrives from a task listener: wrapped twice by the engine.
    assertThat(decide(engineContext, Level.ERROR, new ProcessEngineException("ENGINE-03051 ...",
        new ProcessEngineException("Exception while invoking TaskListener",
            new BadUserRequestException("Velg vedtak: innvilget eller avslått."))))).isEqualTo(FilterReply.DENY);
  }

  @Test
  void everyOtherFailureOfACommandIsLoggedAsBefore() {
    assertThat(decide(engineContext, Level.ERROR, new IllegalStateException("a bug"))).isEqualTo(FilterReply.NEUTRAL);
    assertThat(decide(engineContext, Level.ERROR, null)).isEqualTo(FilterReply.NEUTRAL);
    assertThat(decide(context.getLogger("no.ledsagerbevis.caseletter"), Level.ERROR,
        new InvalidInputException("vedtak", "Vedtak mangler."))).isEqualTo(FilterReply.NEUTRAL);
    assertThat(decide(engineContext, Level.WARN, new InvalidInputException("vedtak", "Vedtak mangler.")))
        .isEqualTo(FilterReply.NEUTRAL);
  }

  /** As Camunda logs it: the exception as the last parameter of the message. */
  private FilterReply decide(Logger logger, Level level, Throwable exception) {
    Object[] params = exception == null ? new Object[] {"x"} : new Object[] {exception.getMessage(), exception};
    return filter.decide(null, logger, level, "ENGINE-16004 Exception while closing command context: {}", params, null);
  }
}
