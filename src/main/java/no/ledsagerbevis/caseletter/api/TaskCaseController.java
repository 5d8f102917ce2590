package no.ledsagerbevis.caseletter.api;

import java.util.List;
import no.ledsagerbevis.caseletter.TaskCase;
import no.ledsagerbevis.caseletter.TaskCaseService;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/oppgaver/saker}: the cases of the tasks the Tasklist shows, in one call for a whole
 * page of the list. Task ids in the body, so that nothing about the cases is in a URL.
 */
@RestController
class TaskCaseController {

  private final TaskCaseService taskCases;

  TaskCaseController(TaskCaseService taskCases) {
    this.taskCases = taskCases;
  }

  @PostMapping("/api/v1/oppgaver/saker")
  Response casesOfTasks(@RequestBody Request request) {
    return new Response(taskCases.casesOf(request.oppgaveIder()));
  }

  record Request(List<String> oppgaveIder) {
  }

  record Response(List<TaskCase> saker) {
  }
}
