package no.ledsagerbevis.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.BootstrapUtils;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Runs test classes that share a Spring context configuration one after the other, plain classes first, and
 * remembers that order for {@link SharedContextLifecycle}, which closes a context once no following class can
 * reuse it. Grouping by Spring's own cache key ({@link MergedContextConfiguration}) makes every configuration
 * start once per run instead of once per class.
 */
public class SharedContextClassOrderer implements ClassOrderer {

  private static final int PLAIN = -1;
  private static final Map<Class<?>, Optional<MergedContextConfiguration>> CONFIGURATIONS = new ConcurrentHashMap<>();
  private static volatile List<Class<?>> order = List.of();

  @Override
  public void orderClasses(ClassOrdererContext context) {
    List<MergedContextConfiguration> groups = new ArrayList<>();
    Map<Class<?>, Integer> group = new ConcurrentHashMap<>();
    for (ClassDescriptor descriptor : context.getClassDescriptors()) {
      Class<?> testClass = descriptor.getTestClass();
      group.put(testClass, configurationOf(testClass).map(configuration -> indexOf(configuration, groups)).orElse(PLAIN));
    }
    context.getClassDescriptors().sort(Comparator
        .comparingInt((ClassDescriptor descriptor) -> group.get(descriptor.getTestClass()))
        // A class that closes its context (@DirtiesContext) goes last in its group, so the others still share it.
        .thenComparing(descriptor -> TestContextAnnotationUtils.hasAnnotation(descriptor.getTestClass(), DirtiesContext.class))
        .thenComparing(descriptor -> descriptor.getTestClass().getName()));
    order = context.getClassDescriptors().stream().<Class<?>>map(ClassDescriptor::getTestClass).toList();
  }

  /** Whether the Spring test class that runs after {@code testClass} uses the same context. */
  static boolean nextClassSharesContextWith(Class<?> testClass) {
    List<Class<?>> classes = order;
    int position = classes.indexOf(testClass);
    if (position < 0 || position + 1 >= classes.size()) {
      return false;
    }
    Optional<MergedContextConfiguration> own = configurationOf(testClass);
    return own.isPresent() && own.equals(configurationOf(classes.get(position + 1)));
  }

  private static Optional<MergedContextConfiguration> configurationOf(Class<?> testClass) {
    return CONFIGURATIONS.computeIfAbsent(testClass, SharedContextClassOrderer::resolve);
  }

  private static Optional<MergedContextConfiguration> resolve(Class<?> testClass) {
    if (!TestContextAnnotationUtils.hasAnnotation(testClass, BootstrapWith.class)) {
      return Optional.empty();
    }
    try {
      return Optional.of(BootstrapUtils.resolveTestContextBootstrapper(testClass).buildMergedContextConfiguration());
    } catch (RuntimeException unresolvable) {
      // Spring reports the problem when the class runs; here the class simply shares with nobody.
      return Optional.empty();
    }
  }

  private static int indexOf(MergedContextConfiguration configuration, List<MergedContextConfiguration> groups) {
    int index = groups.indexOf(configuration);
    if (index >= 0) {
      return index;
    }
    groups.add(configuration);
    return groups.size() - 1;
  }
}
