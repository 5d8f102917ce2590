package no.ledsagerbevis.simulator;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * A simulator bean: present only with {@code ledsagerbevis.fiks.simulator.enabled=true}, which
 * application-default.yml (no profile active) and application-demo.yml set; every other profile has none.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ConditionalOnProperty(prefix = "ledsagerbevis.fiks.simulator", name = "enabled", havingValue = "true")
@interface ConditionalOnSimulator {
}
