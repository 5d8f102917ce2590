package no.ledsagerbevis.caseletter;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import no.ledsagerbevis.errors.InvalidInputException;
import no.ledsagerbevis.identity.AsSystem;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which case each of the caller's Tasklist tasks belongs to, for the task list and the case card. The tasks
 * are queried as the caller (the engine's authorization and tenant checks decide which exist for them);
 * the case must lie in a group the caller may reach through the case API.
 */
@Service
public class TaskCaseService {

  static final int MAX_TASKS = 100;
  private static final String TASK_ID = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}";

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final CaseRepository cases;
  private final CaseAccess access;
  private final AsSystem asSystem;

  TaskCaseService(TaskService taskService, RuntimeService runtimeService, CaseRepository cases, CaseAccess access,
      AsSystem asSystem) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.cases = cases;
    this.access = access;
    this.asSystem = asSystem;
  }

  @Transactional(readOnly = true)
  public List<TaskCase> casesOf(List<String> oppgaveIder) {
    Set<String> ids = checked(oppgaveIder);
    List<Task> tasks = taskService.createTaskQuery().taskIdIn(ids.toArray(String[]::new))
        .processDefinitionKey(ProcessVariables.PROCESS_KEY).listPage(0, ids.size());
    if (tasks.isEmpty()) {
      return List.of();
    }
    Map<String, String> saksIdByInstance = businessKeys(tasks);
    Map<String, Boolean> reachable = new HashMap<>();
    return tasks.stream()
        .map(task -> cases.find(saksIdByInstance.get(task.getProcessInstanceId()))
            .filter(sak -> reachable.computeIfAbsent(sak.kommunenummer() + "/" + sak.gruppeId(),
                group -> access.mayReach(sak.kommunenummer(), sak.gruppeId())))
            .map(sak -> TaskCase.of(task.getId(), sak))
            .orElse(null))
        .filter(Objects::nonNull)
        .toList();
  }

  /** The instances' business keys (the saksId), read as the application once the caller has shown it sees the tasks. */
  private Map<String, String> businessKeys(List<Task> tasks) {
    String[] instanceIds = tasks.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new);
    Map<String, String> keys = new HashMap<>();
    asSystem.call(() -> runtimeService.createProcessInstanceQuery()
            .processInstanceIds(Set.of(instanceIds)).list())
        .forEach(instance -> keys.put(instance.getId(), businessKeyOf(instance)));
    return keys;
  }

  private static String businessKeyOf(ProcessInstance instance) {
    return instance.getBusinessKey() == null ? "" : instance.getBusinessKey();
  }

  private static Set<String> checked(List<String> oppgaveIder) {
    if (oppgaveIder == null || oppgaveIder.isEmpty()) {
      throw new InvalidInputException("oppgaveIder", "Oppgi minst én oppgave-id i oppgaveIder.");
    }
    if (oppgaveIder.size() > MAX_TASKS) {
      throw new InvalidInputException("oppgaveIder", "Høyst " + MAX_TASKS + " oppgaver per forespørsel.");
    }
    if (oppgaveIder.stream().anyMatch(id -> id == null || !id.matches(TASK_ID))) {
      throw new InvalidInputException("oppgaveIder", "En oppgave-id har feil format.");
    }
    return new LinkedHashSet<>(oppgaveIder);
  }
}
