package no.ledsagerbevis.agreement;

import no.ledsagerbevis.errors.FieldErrors;
import no.ledsagerbevis.onboarding.RequiredCheckbox;
import no.ledsagerbevis.validation.ValidatingCompleteListener;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Completion check of {@code Task_SignAgreement}: {@code godtarVilkaar} must be true, and a logged-in user must
 * complete it, since she is the signer. {@code Task_RecordSignature} records the signature.
 */
@Component("signAgreementCompleteListener")
class SignAgreementCompleteListener extends ValidatingCompleteListener {

  private final IdentityService identityService;

  SignAgreementCompleteListener(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void validate(DelegateTask task) {
    FieldErrors errors = new FieldErrors();
    RequiredCheckbox.check(task, AgreementSigningProcess.GODTAR_VILKAAR,
        "Du må godta vilkårene i tjenestebilaget for å signere det.", errors);
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      errors.add(AgreementSigningProcess.GODTAR_VILKAAR, "Tjenestebilaget kan bare signeres av en innlogget bruker.");
    }
    errors.throwIfAny();
  }
}
