package no.ledsagerbevis.configuration;

import org.springframework.stereotype.Component;

/** Task_CreateMeldingAccount: the varsling (SMS) account for the app log-in message. */
@Component("createMeldingAccountDelegate")
class CreateMeldingAccountDelegate extends CreateFiksResourceDelegate {

  CreateMeldingAccountDelegate(FiksResourceService resources, ConfigurationInstance instance) {
    super(resources, FiksResourceType.VARSLING_KONTO, instance);
  }
}
