package no.ledsagerbevis.system;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.springframework.stereotype.Component;

/** Puts {@link FailedLoginLoggingIdentityProvider} in place of the engine's default identity provider. */
@Component
class FailedLoginLoggingPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setIdentityProviderSessionFactory(new GenericManagerFactory(FailedLoginLoggingIdentityProvider.class));
  }
}
