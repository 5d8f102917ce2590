package no.ledsagerbevis.access;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.stereotype.Component;

/** The Tasklist filters of groups: the tasks whose candidate group is the group, claimed or not. */
@Component
class TaskFilters {

  private final FilterService filterService;
  private final TaskService taskService;

  TaskFilters(FilterService filterService, TaskService taskService) {
    this.filterService = filterService;
    this.taskService = taskService;
  }

  static String userGroupFilterName(String gruppenavn) {
    return gruppenavn + " – oppgaver";
  }

  /** Returns the new filter's id. */
  String create(String name, String candidateGroup, String description, int priority) {
    Filter filter = filterService.newTaskFilter(name);
    filter.setQuery(taskService.createTaskQuery().taskCandidateGroup(candidateGroup).includeAssignedTasks());
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("refresh", true);
    filter.setProperties(properties);
    return filterService.saveFilter(filter).getId();
  }

  void rename(String filterId, String name) {
    Filter filter = filterService.getFilter(filterId);
    if (filter != null) {
      filter.setName(name);
      filterService.saveFilter(filter);
    }
  }

  void delete(String filterId) {
    if (filterService.getFilter(filterId) != null) {
      filterService.deleteFilter(filterId);
    }
  }
}
