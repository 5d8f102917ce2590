package no.ledsagerbevis;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@EnableProcessApplication("ledsagerbevis")
@ConfigurationPropertiesScan
public class LedsagerbevisApplication {

  public static void main(String[] args) {
    SpringApplication.run(LedsagerbevisApplication.class, args);
  }
}
