package no.ledsagerbevis.operations.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import no.ledsagerbevis.agreement.AgreementSigningProcess;
import no.ledsagerbevis.caseletter.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * The business counters ({@code ledsagerbevis_*_total}), counted where the process passes a milestone of its
 * contract (element ids from the process contract classes) and only once the engine's transaction commits, so
 * a job that rolls back and is retried counts once.
 */
@Component
class ProcessCounters {

  /** One counted milestone: an element of a process, at its start or end. */
  record Milestone(String processKey, String activityId, String event, ExecutionListener listener) {
  }

  private final List<Milestone> milestones;

  ProcessCounters(MeterRegistry registry) {
    Counter casesCreated = Counter.builder("ledsagerbevis.cases.opened")
        .description("Saker opprettet (instanser av ledsagerbevis-decision-letter); «_created» er et reservert endelse i Prometheus").register(registry);
    Counter lettersSent = letters(registry, "ledsagerbevis.letters.sent", "vedtaksbrev", "Brev sendt gjennom SvarUt");
    Counter agreementCopiesSent = letters(registry, "ledsagerbevis.letters.sent", "tjenestebilag", "Brev sendt gjennom SvarUt");
    Counter delivered = Counter.builder("ledsagerbevis.letters.delivered")
        .description("Vedtaksbrev SvarUt har levert").register(registry);
    Counter notDelivered = Counter.builder("ledsagerbevis.letters.not.delivered")
        .description("Vedtaksbrev SvarUt ikke kunne levere (følges opp av saksbehandler)").register(registry);
    Counter smsSent = Counter.builder("ledsagerbevis.sms.sent")
        .description("SMS om innlogging i appen sendt med Fiks varsling").register(registry);
    String letter = ProcessVariables.PROCESS_KEY;
    this.milestones = List.of(
        new Milestone(letter, ProcessVariables.START_EVENT_CASE_CREATED, ExecutionListener.EVENTNAME_START, onCommit(casesCreated)),
        new Milestone(letter, ProcessVariables.GATEWAY_DECISION, ExecutionListener.EVENTNAME_START, decided(registry)),
        new Milestone(letter, ProcessVariables.TASK_SEND_APP_SMS, ExecutionListener.EVENTNAME_END, onCommit(smsSent)),
        new Milestone(letter, ProcessVariables.TASK_SEND_DECISION_LETTER, ExecutionListener.EVENTNAME_END, onCommit(lettersSent)),
        new Milestone(letter, ProcessVariables.END_EVENT_LETTER_DELIVERED, ExecutionListener.EVENTNAME_START, onCommit(delivered)),
        new Milestone(letter, ProcessVariables.TASK_FOLLOW_UP_LETTER, ExecutionListener.EVENTNAME_START, onCommit(notDelivered)),
        new Milestone(AgreementSigningProcess.PROCESS_KEY, AgreementSigningProcess.TASK_SEND_AGREEMENT_COPY,
            ExecutionListener.EVENTNAME_END, onCommit(agreementCopiesSent)));
  }

  List<Milestone> milestones() {
    return milestones;
  }

  private static Counter letters(MeterRegistry registry, String name, String type, String description) {
    return Counter.builder(name).tag("type", type).description(description).register(registry);
  }

  /** {@code ledsagerbevis_cases_decided_total{vedtak=INNVILGET|AVSLAATT}}, read where the gateway branches. */
  private static ExecutionListener decided(MeterRegistry registry) {
    return execution -> {
      Object vedtak = execution.getVariable(ProcessVariables.VEDTAK);
      if (vedtak instanceof String value && (value.equals("INNVILGET") || value.equals("AVSLAATT"))) {
        Counter counter = Counter.builder("ledsagerbevis.cases.decided").tag("vedtak", value)
            .description("Saker med vedtak, etter utfall").register(registry);
        afterCommit(counter);
      }
    };
  }

  private static ExecutionListener onCommit(Counter counter) {
    return (DelegateExecution execution) -> afterCommit(counter);
  }

  private static void afterCommit(Counter counter) {
    Context.getCommandContext().getTransactionContext()
        .addTransactionListener(TransactionState.COMMITTED, commandContext -> counter.increment());
  }
}
