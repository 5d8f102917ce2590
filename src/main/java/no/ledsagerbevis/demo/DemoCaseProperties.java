package no.ledsagerbevis.demo;

import java.util.List;
import java.util.Map;
import no.ledsagerbevis.caseletter.NewCaseRequest;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo profile's open cases per user group (`ledsagerbevis.caseletter.demo.saker` in
 * application-demo.yml): synthetic persons only, kept in configuration rather than in code.
 */
@ConfigurationProperties("ledsagerbevis.caseletter.demo")
record DemoCaseProperties(Map<String, List<DemoCase>> saker) {

  DemoCaseProperties {
    saker = saker == null ? Map.of() : Map.copyOf(saker);
  }

  List<NewCaseRequest> casesOf(String gruppeId) {
    return saker.getOrDefault(gruppeId, List.of()).stream().map(DemoCase::toRequest).toList();
  }

  record DemoCase(String fnr, String telefonnummer, int antallLedsagere, String referansenummer) {

    NewCaseRequest toRequest() {
      return new NewCaseRequest(fnr, telefonnummer, antallLedsagere, null, referansenummer);
    }

    @Override
    public String toString() {
      return "DemoCase[" + referansenummer + "]";
    }
  }
}
