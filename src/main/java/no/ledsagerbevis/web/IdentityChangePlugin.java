package no.ledsagerbevis.web;

import java.util.ArrayList;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Empties the {@link AuthenticationCache} after every identity write of the engine on this node (a password,
 * a user, a membership, a tenant), once when the command ends and again when the surrounding Spring
 * transaction has ended, so that nothing read before the commit stays.
 */
@Component
class IdentityChangePlugin extends AbstractProcessEnginePlugin {

  /** The engine's commands that change who someone is or what they belong to (Camunda 7.24, org.camunda.bpm.engine.impl.cmd). */
  static final Set<String> IDENTITY_WRITES = Set.of("SaveUserCmd", "DeleteUserCmd", "UnlockUserCmd", "SaveGroupCmd",
      "DeleteGroupCmd", "CreateMembershipCmd", "DeleteMembershipCmd", "SaveTenantCmd", "DeleteTenantCmd",
      "CreateTenantUserMembershipCmd", "DeleteTenantUserMembershipCmd", "CreateTenantGroupMembershipCmd",
      "DeleteTenantGroupMembershipCmd");

  private final AuthenticationCache cache;

  IdentityChangePlugin(AuthenticationCache cache) {
    this.cache = cache;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new Interceptor(cache));
  }

  static final class Interceptor extends CommandInterceptor {

    private final AuthenticationCache cache;

    Interceptor(AuthenticationCache cache) {
      this.cache = cache;
    }

    @Override
    public <T> T execute(Command<T> command) {
      if (!IDENTITY_WRITES.contains(command.getClass().getSimpleName())) {
        return next.execute(command);
      }
      try {
        return next.execute(command);
      } finally {
        cache.invalidateAll();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
          TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              cache.invalidateAll();
            }
          });
        }
      }
    }
  }
}
