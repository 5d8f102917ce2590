package no.ledsagerbevis.access;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Registers {@link LedsagerbevisAuthorizationProvider} with the engine before it starts. */
@Component
class AuthorizationProviderPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new LedsagerbevisAuthorizationProvider());
  }
}
