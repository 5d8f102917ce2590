package no.ledsagerbevis.system;

import ch.qos.logback.classic.LoggerContext;
import jakarta.annotation.PostConstruct;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Installs {@link RefusedCommandLogFilter} once in logback (when logback is the logging backend). */
@Component
class RefusedCommandLogging {

  @PostConstruct
  void install() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
        && context.getTurboFilterList().stream().noneMatch(f -> RefusedCommandLogFilter.NAME.equals(f.getName()))) {
      RefusedCommandLogFilter filter = new RefusedCommandLogFilter();
      filter.setContext(context);
      filter.start();
      context.addTurboFilter(filter);
    }
  }
}
