package no.ledsagerbevis;

import javax.xml.datatype.DatatypeFactory;
import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@EnableProcessApplication("ledsagerbevis")
@ConfigurationPropertiesScan
public class LedsagerbevisApplication {

  public static void main(String[] args) {
    // Camunda asks for a new DatatypeFactory for every timer it schedules (each delivery poll). Without this property
    // each ask scans the jar's service files: about 2 % of the CPU under load (docs/benchmarks.md). The value is the
    // JDK's own factory, the one the scan ends up with.
    if (System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY) == null) {
      System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY, DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
    }
    SpringApplication.run(LedsagerbevisApplication.class, args);
  }
}
