package no.ledsagerbevis.onboarding;

import no.ledsagerbevis.access.InstanceMunicipality;
import no.ledsagerbevis.access.MunicipalityAccess;
import no.ledsagerbevis.errors.FieldErrors;
import no.ledsagerbevis.identity.AsSystem;
import no.ledsagerbevis.validation.ValidatingCompleteListener;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Completion check of {@code Task_SetUpAccess}: the municipality must have a service administrator and
 * a user group (K13, K15) before the service is activated.
 */
@Component("setUpAccessCompleteListener")
class SetUpAccessCompleteListener extends ValidatingCompleteListener {

  private final MunicipalityAccess access;
  private final AsSystem asSystem;

  SetUpAccessCompleteListener(MunicipalityAccess access, AsSystem asSystem) {
    this.access = access;
    this.asSystem = asSystem;
  }

  @Override
  protected void validate(DelegateTask task) {
    String kommunenummer = InstanceMunicipality.kommunenummer(task);
    FieldErrors errors = new FieldErrors();
    RequiredCheckbox.check(task, OnboardingProcess.TILGANG_OPPRETTET,
        "Kryss av for at administrator og brukergruppe er opprettet.", errors);
    if (!asSystem.call(() -> access.hasAdministratorAndUserGroup(kommunenummer))) {
      errors.add(OnboardingProcess.TILGANG_OPPRETTET, "Kommunen må ha minst én tjenesteadministrator og minst én brukergruppe før "
          + "oppgaven kan fullføres. Opprett dem med POST /api/v1/kommuner/" + kommunenummer
          + "/administratorer og POST /api/v1/kommuner/" + kommunenummer + "/grupper.");
    }
    errors.throwIfAny();
  }
}
