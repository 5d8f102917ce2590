package no.ledsagerbevis.configuration;

import org.springframework.stereotype.Component;

/** Task_CreateRegisterRole: the register role for folkeregister look-ups. */
@Component("createRegisterRoleDelegate")
class CreateRegisterRoleDelegate extends CreateFiksResourceDelegate {

  CreateRegisterRoleDelegate(FiksResourceService resources, ConfigurationInstance instance) {
    super(resources, FiksResourceType.REGISTER_ROLLE, instance);
  }
}
