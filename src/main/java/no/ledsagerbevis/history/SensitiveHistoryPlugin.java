package no.ledsagerbevis.history;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Wraps the engine's history event handler in {@link SensitiveVariableHistoryFilter} once the engine has
 * built it (the engine reads the handler from its configuration at every event, so the wrapper sees all).
 */
@Component
@EnableConfigurationProperties(HistoryPrivacyProperties.class)
class SensitiveHistoryPlugin extends AbstractProcessEnginePlugin {

  private final HistoryPrivacyProperties properties;

  SensitiveHistoryPlugin(HistoryPrivacyProperties properties) {
    this.properties = properties;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryEventHandler(
        new SensitiveVariableHistoryFilter(configuration.getHistoryEventHandler(), properties.getSensitiveVariables()));
  }
}
