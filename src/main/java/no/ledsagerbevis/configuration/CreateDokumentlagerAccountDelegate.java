package no.ledsagerbevis.configuration;

import org.springframework.stereotype.Component;

/** Task_CreateDokumentlagerAccount: the dokumentlager account for photos. */
@Component("createDokumentlagerAccountDelegate")
class CreateDokumentlagerAccountDelegate extends CreateFiksResourceDelegate {

  CreateDokumentlagerAccountDelegate(FiksResourceService resources, ConfigurationInstance instance) {
    super(resources, FiksResourceType.DOKUMENTLAGER_KONTO, instance);
  }
}
