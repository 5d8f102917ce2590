package no.ledsagerbevis.system;

import no.ledsagerbevis.errors.PermanentFailure;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.stereotype.Component;

/**
 * A job that failed with a {@link PermanentFailure} gets no more retries: the engine's usual bookkeeping
 * (exception message, stack trace, lock released), then retries 0, which creates the incident with that
 * message right away. Every other failure keeps the BPMN's {@code failedJobRetryTimeCycle}. Setting
 * retries again (Cockpit) works as for any incident.
 */
@Component
class PermanentFailureRetryPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setFailedJobCommandFactory(RetryCmd::new);
  }

  static final class RetryCmd extends DefaultJobRetryCmd {

    RetryCmd(String jobId, Throwable exception) {
      super(jobId, exception);
    }

    @Override
    public Object execute(CommandContext commandContext) {
      super.execute(commandContext);
      if (PermanentFailure.in(exception)) {
        JobEntity job = getJob();
        if (job != null && job.getRetries() > 0) {
          job.setRetries(0);
        }
      }
      return null;
    }
  }
}
