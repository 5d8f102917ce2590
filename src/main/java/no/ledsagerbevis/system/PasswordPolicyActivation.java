package no.ledsagerbevis.system;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.springframework.stereotype.Component;

/**
 * Turns Camunda's password policy on (at least 10 characters with a lower- and an upper-case letter, a
 * digit and a special character, and not the user's id or name) once the engine is built. Not as the
 * generic property {@code enablePasswordPolicy}: the starter creates the configured admin user while the
 * engine is built, and its password is checked by {@link AdminPasswordGuard} (prod), not by the policy,
 * so that the embedded default keeps admin/admin. Every user created or changed later meets the policy.
 */
@Component
class PasswordPolicyActivation {

  PasswordPolicyActivation(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    if (configuration.getPasswordPolicy() == null) {
      configuration.setPasswordPolicy(new DefaultPasswordPolicyImpl());
    }
    configuration.setEnablePasswordPolicy(true);
  }
}
