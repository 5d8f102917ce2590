package no.ledsagerbevis.simulator;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/** A simulator bean: present unless {@code ledsagerbevis.fiks.simulator.enabled=false} (the prod profile). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ConditionalOnProperty(prefix = "ledsagerbevis.fiks.simulator", name = "enabled", havingValue = "true", matchIfMissing = true)
@interface ConditionalOnSimulator {
}
