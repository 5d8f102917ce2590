package no.ledsagerbevis.access;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Registers {@link OwnUserReadOnlyAuthorizationProvider} with the engine before it starts. */
@Component
class OwnUserReadOnlyPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new OwnUserReadOnlyAuthorizationProvider());
  }
}
