package no.ledsagerbevis.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.ledsagerbevis.identity.AsSystem;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.identity.Authentication;
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
  private final IdentityService identityService;
  private final AsSystem asSystem;

  TaskFormFields(TaskService taskService, FormService formService, IdentityService identityService,
      AsSystem asSystem) {
    this.taskService = taskService;
    this.formService = formService;
    this.identityService = identityService;
    this.asSystem = asSystem;
  }

  /**
   * Empty when there is no such task or the user cannot see it (another group's or municipality's: the engine
   * would refuse it in English); an empty set when the task has no form.
   */
  Optional<Set<String>> of(String taskId, String userId, List<String> groupIds) {
    if (!visible(taskId, userId, groupIds)) {
      return Optional.empty();
    }
    return asSystem.call(() -> {
      try (InputStream form = formService.getDeployedTaskForm(taskId)) {
        return Optional.of(keys(JSON.readTree(form)));
      } catch (ProcessEngineException e) {
        return Optional.of(Set.of());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** Asks the engine as the user, with her groups and municipalities (tenants), so its own rules decide. */
  private boolean visible(String taskId, String userId, List<String> groupIds) {
    List<String> tenantIds = asSystem.call(() -> identityService.createTenantQuery().userMember(userId)
        .includingGroupsOfUser(true).list().stream().map(Tenant::getId).toList());
    Authentication previous = identityService.getCurrentAuthentication();
    identityService.setAuthentication(userId, groupIds, tenantIds);
    try {
      return taskService.createTaskQuery().taskId(taskId).count() > 0;
    } finally {
      if (previous == null) {
        identityService.clearAuthentication();
      } else {
        identityService.setAuthentication(previous);
      }
    }
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
