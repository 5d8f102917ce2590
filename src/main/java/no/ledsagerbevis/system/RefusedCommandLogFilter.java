package no.ledsagerbevis.system;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.List;
import no.ledsagerbevis.errors.ConflictException;
import no.ledsagerbevis.errors.ForbiddenException;
import no.ledsagerbevis.errors.InvalidInputException;
import no.ledsagerbevis.errors.NotFoundException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.slf4j.Marker;

/**
 * Camunda logs every exception that leaves an engine command as an ERROR with its stack trace (ENGINE-16004 on the
 * logger {@code org.camunda.bpm.engine.context}), also when one of our rules refuses a user's input inside the
 * command, such as a Tasklist completion whose form a task listener turns down. That is the user's mistake, answered
 * with a Norwegian 400, 403, 404 or 409; as an ERROR it would wake an operator for a typo. Such entries are dropped;
 * every other exception in a command is logged as before.
 */
final class RefusedCommandLogFilter extends TurboFilter {

  static final String NAME = "ledsagerbevis-refused-command";
  static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";
  /**
   * Ours, and the engine's BadUserRequestException, which our form rules throw (ValidatingCompleteListener) and which
   * Camunda itself logs only at DEBUG when it is not wrapped; a task listener's exception arrives wrapped.
   */
  private static final List<Class<? extends RuntimeException>> REFUSALS = List.of(InvalidInputException.class,
      ForbiddenException.class, NotFoundException.class, ConflictException.class, BadUserRequestException.class);

  RefusedCommandLogFilter() {
    setName(NAME);
  }

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (level != Level.ERROR || logger == null || !ENGINE_CONTEXT_LOGGER.equals(logger.getName())) {
      return FilterReply.NEUTRAL;
    }
    // Camunda passes the exception as the last parameter of the message, not as logback's throwable argument.
    Throwable logged = t != null ? t
        : params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last ? last : null;
    return isRefusal(logged) ? FilterReply.DENY : FilterReply.NEUTRAL;
  }

  static boolean isRefusal(Throwable throwable) {
    for (Throwable cause = throwable; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      Throwable current = cause;
      if (REFUSALS.stream().anyMatch(type -> type.isInstance(current))) {
        return true;
      }
    }
    return false;
  }
}
