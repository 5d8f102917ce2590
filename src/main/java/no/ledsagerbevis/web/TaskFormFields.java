package no.ledsagerbevis.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import no.ledsagerbevis.identity.AsSystem;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * The variables a task's user may submit: the keys of the Camunda Form its {@code formRef} names, read
 * from the deployed form (a dotted key or a group's path submits its first segment).
 */
@Component
class TaskFormFields {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final TaskService taskService;
  private final FormService formService;
  private final AsSystem asSystem;

  TaskFormFields(TaskService taskService, FormService formService, AsSystem asSystem) {
    this.taskService = taskService;
    this.formService = formService;
    this.asSystem = asSystem;
  }

  /** Empty when there is no such task; an empty set when the task has no form. */
  Optional<Set<String>> of(String taskId) {
    return asSystem.call(() -> {
      if (taskService.createTaskQuery().taskId(taskId).count() == 0) {
        return Optional.empty();
      }
      try (InputStream form = formService.getDeployedTaskForm(taskId)) {
        return Optional.of(keys(JSON.readTree(form)));
      } catch (ProcessEngineException e) {
        return Optional.of(Set.of());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  static Set<String> keys(JsonNode form) {
    Set<String> keys = new HashSet<>();
    collect(form, keys);
    return keys;
  }

  private static void collect(JsonNode node, Set<String> keys) {
    JsonNode components = node.get("components");
    if (components == null || !components.isArray()) {
      return;
    }
    for (JsonNode component : components) {
      for (String name : new String[] {"key", "path"}) {
        JsonNode value = component.get(name);
        if (value != null && value.isTextual() && !value.asText().isBlank()) {
          keys.add(value.asText().split("\\.", 2)[0]);
        }
      }
      collect(component, keys);
    }
  }
}
