package no.ledsagerbevis.agreement;

import no.ledsagerbevis.access.InstanceMunicipality;
import no.ledsagerbevis.fiks.FiksOrgId;
import no.ledsagerbevis.onboarding.Municipality;
import no.ledsagerbevis.onboarding.MunicipalityRegistry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What an instance of {@code ledsagerbevis-agreement-signing} signs, and for whom: the municipality of its
 * tenant as the onboarding registered it (name, Fiks organisation, organisasjonsnummer), and the agreement our
 * table keeps for this instance. Never the variables {@code kommunenummer}, {@code fiksOrgId} or {@code avtaleId}.
 */
@Component
class AgreementOfInstance {

  private final MunicipalityRegistry registry;
  private final AgreementRepository agreements;

  AgreementOfInstance(MunicipalityRegistry registry, AgreementRepository agreements) {
    this.registry = registry;
    this.agreements = agreements;
  }

  Municipality municipality(DelegateExecution execution) {
    String kommunenummer = InstanceMunicipality.kommunenummer(execution);
    return registry.find(kommunenummer).orElseThrow(() -> new IllegalStateException(
        "Municipality " + kommunenummer + " signs an agreement without having started onboarding"));
  }

  FiksOrgId fiksOrgId(DelegateExecution execution) {
    return new FiksOrgId(municipality(execution).fiksOrgId());
  }

  String avtaleId(DelegateExecution execution) {
    return agreements.findByProcessInstance(execution.getProcessInstanceId()).map(Agreement::id)
        .orElseThrow(() -> new IllegalStateException("No agreement for process instance "
            + execution.getProcessInstanceId()));
  }
}
